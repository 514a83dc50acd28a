package dev.readout.mongo;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Matches when a MongoDB URI is configured ({@code MONGODB_URI} or {@code spring.mongodb.uri}). */
class MongoUriCondition implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return NoMongoUriCondition.uriConfigured(context);
    }
}
