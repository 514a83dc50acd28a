package dev.readout.graphql;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * Classifies errors for clients (BAD_REQUEST, NOT_FOUND, UNAUTHORIZED, INTERNAL_ERROR in {@code extensions}) with a
 * message a person can act on. Unexpected failures are logged with a reference and reach the client without their
 * stack trace or internals.
 */
@Component
public class ReadoutExceptionResolver extends DataFetcherExceptionResolverAdapter {

    private static final Logger log = LoggerFactory.getLogger(ReadoutExceptionResolver.class);

    /** What a client reads while MongoDB cannot be reached; the service reconnects by itself when it returns. */
    public static final String STORAGE_UNAVAILABLE = "The database is unavailable right now. Retry in a few "
            + "seconds: Readout reconnects by itself when the database is back (ingesting the same text again is safe)";

    /** MongoDB could not be reached (server selection or connection timed out, socket closed). */
    static boolean storageUnavailable(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof org.springframework.dao.DataAccessResourceFailureException
                    || t instanceof com.mongodb.MongoTimeoutException
                    || t instanceof com.mongodb.MongoSocketException) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
        ErrorType type;
        String message;
        if (ex instanceof BadRequestException) {
            type = ErrorType.BAD_REQUEST;
            message = ex.getMessage();
        } else if (ex instanceof NotFoundException) {
            type = ErrorType.NOT_FOUND;
            message = ex.getMessage();
        } else if (ex instanceof UnauthorizedException) {
            type = ErrorType.UNAUTHORIZED;
            message = ex.getMessage();
        } else if (storageUnavailable(ex)) {
            log.warn("MongoDB unavailable at {}: {}", env.getExecutionStepInfo().getPath(), ex.getMessage());
            type = ErrorType.INTERNAL_ERROR;
            message = STORAGE_UNAVAILABLE;
        } else {
            String reference = UUID.randomUUID().toString();
            log.error("Unexpected error at {} (reference {})", env.getExecutionStepInfo().getPath(), reference, ex);
            type = ErrorType.INTERNAL_ERROR;
            message = "Internal error (reference " + reference + "); the request may be retried, "
                    + "and the server log has the details under that reference";
        }
        return GraphqlErrorBuilder.newError(env).errorType(type).message(message).build();
    }
}
