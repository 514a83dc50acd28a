package dev.readout.graphql;

import dev.readout.article.Article;
import dev.readout.call.Call;
import dev.readout.participant.Participant;
import dev.readout.statement.Statement;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code node(id)}: the type is in the id, so one lookup in the right collection. The GraphQL type of the result is
 * the Java class's simple name (Article, Call, Participant, Statement).
 */
@Controller
public class NodeController {

    private final MongoTemplate mongo;

    public NodeController(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @QueryMapping
    public Object node(@Argument String id) {
        GlobalId g = GlobalId.parse(id);
        Class<?> type = switch (g.type()) {
            case "Article" -> Article.class;
            case "Call" -> Call.class;
            case "Participant" -> Participant.class;
            case "Statement" -> Statement.class;
            default -> throw new BadRequestException("Id '" + id + "' is a " + g.type() + " id; node(id) reads "
                    + "articles, calls, participants and statements");
        };
        return mongo.findById(g.key(), type);
    }
}
