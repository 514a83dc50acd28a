package dev.readout.article;

import dev.readout.call.Call;
import dev.readout.article.Mention;
import dev.readout.statement.Statement;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/** Reads articles and what they report, one query per batch of parents. */
@Service
public class ArticleService {

    private final MongoTemplate mongo;

    public ArticleService(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Article byId(String id) {
        return mongo.findById(id, Article.class);
    }

    /** Articles by mention, in one query; a mention whose article is gone is left out. */
    public Map<Mention, Article> forMentions(List<Mention> mentions) {
        List<String> ids = mentions.stream().map(Mention::articleId).distinct().toList();
        Map<String, Article> byId = new HashMap<>();
        for (Article a : mongo.find(query(where("_id").in(ids)), Article.class)) {
            byId.put(a.id(), a);
        }
        Map<Mention, Article> out = new HashMap<>();
        for (Mention m : mentions) {
            Article a = byId.get(m.articleId());
            if (a != null) {
                out.put(m, a);
            }
        }
        return out;
    }

    public List<List<Call>> callsOf(List<Article> articles) {
        List<String> ids = articles.stream().map(Article::id).toList();
        List<Call> calls = mongo.find(query(where("mentions.articleId").in(ids))
                .with(Sort.by(Sort.Direction.DESC, "date", "_id")), Call.class);
        return group(articles, calls, Call::mentions);
    }

    public List<List<Statement>> statementsOf(List<Article> articles) {
        List<String> ids = articles.stream().map(Article::id).toList();
        List<Statement> statements = mongo.find(query(where("mentions.articleId").in(ids))
                .with(Sort.by(Sort.Direction.DESC, "date", "_id")), Statement.class);
        return group(articles, statements, Statement::mentions);
    }

    private static <T> List<List<T>> group(List<Article> articles, List<T> items,
                                           java.util.function.Function<T, List<Mention>> mentions) {
        Map<String, List<T>> byArticle = new LinkedHashMap<>();
        for (T item : items) {
            mentions.apply(item).stream().map(Mention::articleId).filter(Objects::nonNull).distinct()
                    .forEach(a -> byArticle.computeIfAbsent(a, k -> new ArrayList<>()).add(item));
        }
        return articles.stream().map(a -> byArticle.getOrDefault(a.id(), List.of())).toList();
    }
}
