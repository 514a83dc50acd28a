package dev.readout.article;

import dev.readout.call.Call;
import dev.readout.graphql.ApiKeys;
import dev.readout.graphql.GlobalId;
import dev.readout.article.Mention;
import dev.readout.ingest.IngestService;
import dev.readout.statement.Statement;
import graphql.GraphQLContext;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/** The {@code Article} type, {@code article(id)}, {@code ingestArticle}, and {@code Mention.article}. */
@Controller
public class ArticleController {

    private final ArticleService articles;
    private final IngestService ingest;
    private final ApiKeys apiKeys;

    public ArticleController(ArticleService articles, IngestService ingest, ApiKeys apiKeys) {
        this.articles = articles;
        this.ingest = ingest;
        this.apiKeys = apiKeys;
    }

    public record IngestArticleInput(String text, String url, String title, String source, LocalDate publishedOn) {
    }

    public record IngestArticlePayload(Article article, boolean created) {
    }

    @QueryMapping
    public Article article(@Argument String id) {
        return articles.byId(GlobalId.require("Article", id));
    }

    @MutationMapping
    public IngestArticlePayload ingestArticle(@Argument IngestArticleInput input, GraphQLContext context) {
        apiKeys.require(context);
        var result = ingest.ingest(new IngestService.IngestRequest(input.text(), input.url(), input.title(),
                input.source(), input.publishedOn()));
        return new IngestArticlePayload(result.article(), result.created());
    }

    @SchemaMapping(typeName = "Article", field = "id")
    public String id(Article article) {
        return GlobalId.of("Article", article.id());
    }

    @SchemaMapping(typeName = "Article", field = "ingestedAt")
    public OffsetDateTime ingestedAt(Article article) {
        return article.ingestedAt().atOffset(ZoneOffset.UTC);
    }

    @BatchMapping(typeName = "Article", field = "calls")
    public List<List<Call>> calls(List<Article> sources) {
        return articles.callsOf(sources);
    }

    @BatchMapping(typeName = "Article", field = "statements")
    public List<List<Statement>> statements(List<Article> sources) {
        return articles.statementsOf(sources);
    }

    @BatchMapping(typeName = "Mention", field = "article")
    public Map<Mention, Article> mentionArticle(List<Mention> mentions) {
        return articles.forMentions(mentions);
    }
}
