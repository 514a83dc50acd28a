package dev.readout.graphql;

import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.ExecutionResult;
import graphql.language.Field;
import graphql.language.OperationDefinition;
import graphql.schema.DataFetcher;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * Explicit limits on what one request may cost: query depth, query complexity and run time (graphql-java
 * instrumentations, picked up by Spring Boot as beans). Introspection is exempt from depth and complexity, so
 * GraphiQL and code generators keep working; it stays enabled.
 * <p>
 * Complexity counts one per field, and a connection's or list's children as many times as the page it asks for
 * ({@code first}/{@code last}, 20 when neither is given): {@code calls(first: 100) { edges { node { participants {
 * calls(first: 100) ... } } } }} costs a hundred times a hundred, which is what the server would have to do.
 */
@Configuration(proxyBeanMethods = false)
public class RequestLimits {

    @Bean
    MaxQueryDepthInstrumentation maxQueryDepth(@Value("${readout.graphql.max-depth:12}") int maxDepth) {
        return new MaxQueryDepthInstrumentation(maxDepth) {
            @Override
            public InstrumentationContext<ExecutionResult> beginExecuteOperation(
                    InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
                if (introspectionOnly(parameters)) {
                    return null;
                }
                return super.beginExecuteOperation(parameters, state);
            }

            @Override
            protected AbortExecutionException mkAbortException(int depth, int max) {
                return new AbortExecutionException("The query is " + depth + " levels deep; at most " + max
                        + " are allowed (readout.graphql.max-depth). Ask for fewer nested fields, or fetch deeper "
                        + "data with a second query by id (node(id: ...)).");
            }
        };
    }

    @Bean
    MaxQueryComplexityInstrumentation maxQueryComplexity(
            @Value("${readout.graphql.max-complexity:5000}") int maxComplexity) {
        FieldComplexityCalculator pages = (env, childComplexity) -> {
            Object first = env.getArguments().get("first");
            Object last = env.getArguments().get("last");
            boolean paged = env.getFieldDefinition().getArgument("first") != null;
            int size = first instanceof Integer f ? f : last instanceof Integer l ? l : paged ? PageArgs.DEFAULT : 1;
            return 1 + childComplexity * Math.max(1, size);
        };
        return new MaxQueryComplexityInstrumentation(maxComplexity, pages) {
            @Override
            public InstrumentationContext<ExecutionResult> beginExecuteOperation(
                    InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
                if (introspectionOnly(parameters)) {
                    return null;
                }
                return super.beginExecuteOperation(parameters, state);
            }

            @Override
            protected AbortExecutionException mkAbortException(int complexity, int max) {
                return new AbortExecutionException("The query's complexity is " + complexity + "; at most " + max
                        + " is allowed (readout.graphql.max-complexity). Each field counts once per item asked for: "
                        + "ask for smaller pages (first/last) in nested lists, or fewer fields.");
            }
        };
    }

    @Bean
    RequestTimeout requestTimeout(@Value("${readout.graphql.timeout:10s}") Duration timeout) {
        return new RequestTimeout(timeout);
    }

    /** Also used for GET: rejects mutations when the request is marked read-only. */
    @Bean
    ReadOnlyGuard readOnlyGuard() {
        return new ReadOnlyGuard();
    }

    static boolean introspectionOnly(InstrumentationExecuteOperationParameters parameters) {
        OperationDefinition op = parameters.getExecutionContext().getOperationDefinition();
        return op.getSelectionSet().getSelections().stream()
                .allMatch(s -> s instanceof Field f && f.getName().startsWith("__"));
    }

    /**
     * Stops a request that runs longer than {@code readout.graphql.timeout}: each field fetched after the deadline
     * fails with a BAD_REQUEST error instead of doing more work, so a runaway query ends soon after the deadline.
     * <p>
     * A mutation's own fields are work the client asked to be done, not a read to cut short: once one has run (an
     * ingest that waited for the language models, say) its result is written, and failing the fields that show it
     * would tell the client it failed when it did not. So the deadline does not stop a mutation's top-level field,
     * and it starts again when one returns: the selection under it has the usual time.
     */
    public static final class RequestTimeout extends SimplePerformantInstrumentation {

        private final Duration timeout;

        RequestTimeout(Duration timeout) {
            this.timeout = timeout;
        }

        private static final class Deadline implements InstrumentationState {
            private final java.util.concurrent.atomic.AtomicLong nanos;

            Deadline(long nanos) {
                this.nanos = new java.util.concurrent.atomic.AtomicLong(nanos);
            }
        }

        @Override
        public CompletableFuture<InstrumentationState> createStateAsync(InstrumentationCreateStateParameters parameters) {
            return CompletableFuture.completedFuture(new Deadline(System.nanoTime() + timeout.toNanos()));
        }

        @Override
        public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher,
                                                    InstrumentationFieldFetchParameters parameters,
                                                    InstrumentationState state) {
            if (!(state instanceof Deadline deadline) || parameters.isTrivialDataFetcher()) {
                return dataFetcher;
            }
            boolean mutationField = parameters.getExecutionContext().getOperationDefinition().getOperation()
                    == OperationDefinition.Operation.MUTATION && parameters.getExecutionStepInfo().getPath().getLevel() == 1;
            if (mutationField) {
                return env -> {
                    Object result = dataFetcher.get(env);
                    if (result instanceof java.util.concurrent.CompletionStage<?> stage) {
                        return stage.whenComplete((r, e) -> restart(deadline));
                    }
                    restart(deadline);
                    return result;
                };
            }
            return env -> {
                if (System.nanoTime() - deadline.nanos.get() > 0) {
                    throw new RequestTimeoutException("The request ran longer than "
                            + (timeout.toMillis() % 1000 == 0 ? timeout.toSeconds() + " s" : timeout.toMillis() + " ms")
                            + " (readout.graphql.timeout) and was stopped; ask for smaller pages or fewer nested "
                            + "lists");
                }
                return dataFetcher.get(env);
            };
        }

        private void restart(Deadline deadline) {
            deadline.nanos.set(System.nanoTime() + timeout.toNanos());
        }
    }

    /** A request ran out of time. Classified BAD_REQUEST: the client should ask for less. */
    public static class RequestTimeoutException extends BadRequestException {
        public RequestTimeoutException(String message) {
            super(message);
        }
    }

    /**
     * Refuses to execute a mutation in a request marked read-only (GET, which caches and proxies may repeat). The GET
     * handler rejects known mutations itself with 405; this guard covers a persisted query it could not see.
     */
    public static final class ReadOnlyGuard extends SimplePerformantInstrumentation {

        public static final String READ_ONLY = "readout.readOnly";

        @Override
        public InstrumentationContext<ExecutionResult> beginExecuteOperation(
                InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
            var ctx = parameters.getExecutionContext();
            if (Boolean.TRUE.equals(ctx.getGraphQLContext().get(READ_ONLY))
                    && ctx.getOperationDefinition().getOperation() != OperationDefinition.Operation.QUERY) {
                throw new AbortExecutionException("Only queries may be sent with GET; send "
                        + ctx.getOperationDefinition().getOperation().name().toLowerCase() + " operations with POST");
            }
            return null;
        }
    }
}
