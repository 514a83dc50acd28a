package dev.readout.statement;

import dev.readout.call.Call;
import dev.readout.graphql.DateOrder;
import dev.readout.graphql.GlobalId;
import dev.readout.graphql.PageArgs;
import dev.readout.graphql.PageConnection;
import dev.readout.participant.Participant;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import java.util.List;
import java.util.Map;

/** The {@code statements} query and the {@code Statement} type's fields. */
@Controller
public class StatementController {

    private final StatementService statements;

    public StatementController(StatementService statements) {
        this.statements = statements;
    }

    @QueryMapping
    public PageConnection<Statement> statements(@Argument StatementService.StatementFilter filter,
                                                @Argument Integer first, @Argument String after,
                                                @Argument Integer last, @Argument String before,
                                                @Argument DateOrder orderBy) {
        return statements.page(filter, PageArgs.of(first, after, last, before), orderBy);
    }

    @SchemaMapping(typeName = "Statement", field = "id")
    public String id(Statement statement) {
        return GlobalId.of("Statement", statement.id());
    }

    @BatchMapping(typeName = "Statement", field = "speaker")
    public Map<Statement, Participant> speaker(List<Statement> sources) {
        return statements.speakersOf(sources);
    }

    @BatchMapping(typeName = "Statement", field = "call")
    public Map<Statement, Call> call(List<Statement> sources) {
        return statements.callsOf(sources);
    }
}
