package dev.readout.statement;

import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** The event-data field of {@code Statement}: {@code cameoCode}, from the statement's own words (no lookups). */
@Controller
public class StatementCodingController {

    @SchemaMapping(typeName = "Statement", field = "cameoCode")
    public String cameoCode(Statement statement) {
        return StatementCameo.code(statement);
    }
}
