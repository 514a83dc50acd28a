package dev.readout.call;

import dev.readout.graphql.DateOrder;
import dev.readout.graphql.GlobalId;
import dev.readout.graphql.PageArgs;
import dev.readout.graphql.PageConnection;
import dev.readout.participant.Participant;
import dev.readout.statement.Statement;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import java.util.List;

/** The {@code calls} query and the {@code Call} type's fields. */
@Controller
public class CallController {

    private final CallService calls;

    public CallController(CallService calls) {
        this.calls = calls;
    }

    @QueryMapping
    public PageConnection<Call> calls(@Argument CallService.CallFilter filter, @Argument Integer first,
                                      @Argument String after, @Argument Integer last, @Argument String before,
                                      @Argument DateOrder orderBy) {
        return calls.page(filter, PageArgs.of(first, after, last, before), orderBy);
    }

    @SchemaMapping(typeName = "Call", field = "id")
    public String id(Call call) {
        return GlobalId.of("Call", call.id());
    }

    /** Stored on the call: no lookup. */
    @SchemaMapping(typeName = "Call", field = "dateSources")
    public List<dev.readout.article.Mention> dateSources(Call call) {
        return call.dateMentions();
    }

    @BatchMapping(typeName = "Call", field = "participants")
    public List<List<Participant>> participants(List<Call> sources) {
        return calls.participantsOf(sources);
    }

    @BatchMapping(typeName = "Call", field = "statements")
    public List<List<Statement>> statements(List<Call> sources) {
        return calls.statementsOf(sources);
    }
}
