package dev.readout.ingest;

import dev.readout.article.Article;
import dev.readout.article.ExtractionState;
import dev.readout.extraction.Extraction;
import dev.readout.extraction.Extractor;
import dev.readout.graphql.BadRequestException;
import dev.readout.mongo.StableIds;
import dev.readout.mongo.WriteBatches;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import org.springframework.util.StringUtils;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * Stores an article once and extracts what it reports. The unique index on the content hash decides which of two
 * concurrent identical ingests creates the article; the other answers {@code created: false} with the same article.
 * Extraction runs synchronously; a failing extraction still leaves the article stored, marked FAILED with the error,
 * and it is retried at the next start.
 */
@Service
public class IngestService {

    private static final Logger log = LoggerFactory.getLogger(IngestService.class);

    private final MongoTemplate mongo;
    private final Extractor extractor;
    private final Resolver resolver;
    private final IngestArticleValidator validator;

    public IngestService(MongoTemplate mongo, Extractor extractor, Resolver resolver,
                         IngestArticleValidator validator) {
        this.mongo = mongo;
        this.extractor = extractor;
        this.resolver = resolver;
        this.validator = validator;
    }

    public record IngestRequest(String text, String url, String title, String source, LocalDate publishedOn) {
    }

    public record IngestResult(Article article, boolean created) {
    }

    /** Validates and cleans the request ({@link IngestArticleValidator}), then stores and extracts it. */
    public IngestResult ingest(IngestRequest request) {
        request = validator.validate(request);
        ArticleText text = ArticleText.of(request.text(), request.publishedOn());
        Article existing = byHash(text.contentHash());
        if (existing != null) {
            return new IngestResult(existing, false);
        }
        String url = StringUtils.hasText(request.url()) ? request.url().trim() : null;
        // the id is the content hash's: the same text gets the same id in any store and any order of ingesting, which
        // makes every id derived from the article's reports (calls, participants, statements) order-independent
        Article article = new Article(StableIds.ofDigest(text.contentHash()), url, blankToNull(request.title()), blankToNull(request.source()),
                text.publishedOn(), text.stored(), text.contentHash(), Instant.now().truncatedTo(ChronoUnit.MILLIS),
                ExtractionState.pending(extractor.version()));
        try {
            article = mongo.insert(article);
        } catch (DuplicateKeyException e) {
            existing = byHash(text.contentHash());
            if (existing != null) {
                return new IngestResult(existing, false);
            }
            Article sameUrl = mongo.findOne(query(where("url").is(url)), Article.class);
            throw new BadRequestException("Another article with different text is already stored under url '" + url
                    + "'" + (sameUrl == null ? "" : " (id " + dev.readout.graphql.GlobalId.of("Article", sameUrl.id())
                    + ")") + "; send a different url or none");
        }
        return new IngestResult(extract(article), true);
    }

    /** Runs the extractor over the article and stores the result; records OK or FAILED on the article. */
    public Article extract(Article article) {
        ArticleText text = ArticleText.of(article.text(), article.publishedOn());
        long t0 = System.nanoTime();
        ExtractionState state;
        try {
            Extraction extraction = extractor.extract(text.forExtraction(), article.publishedOn());
            // the resolution's writes are made durable together by the extraction state written below, which is what
            // acknowledges the article; a kill before it leaves the article pending, resolved again at the next start
            WriteBatches.unjournaled(() -> resolver.resolve(article.id(), extraction, article.publishedOn()));
            state = new ExtractionState(ExtractionState.Status.OK, extractor.version(), null, millisSince(t0));
        } catch (RuntimeException | StackOverflowError e) {
            log.warn("Extraction of article {} failed; it is stored and will be retried at the next start",
                    article.id(), e);
            String message = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            state = new ExtractionState(ExtractionState.Status.FAILED, extractor.version(), message, millisSince(t0));
        }
        mongo.updateFirst(query(where("_id").is(article.id())), Update.update("extraction", state), Article.class);
        return new Article(article.id(), article.url(), article.title(), article.source(), article.publishedOn(),
                article.text(), article.contentHash(), article.ingestedAt(), state);
    }

    /** Forgets what an earlier extraction stored for this article, then extracts it again. */
    public Article reextract(Article article) {
        resolver.forget(article.id());
        return extract(article);
    }

    private Article byHash(String hash) {
        return mongo.findOne(query(where("contentHash").is(hash)), Article.class);
    }

    private static long millisSince(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }

    private static String blankToNull(String s) {
        return StringUtils.hasText(s) ? s.trim() : null;
    }
}
