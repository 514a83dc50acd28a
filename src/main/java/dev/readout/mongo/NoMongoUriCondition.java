package dev.readout.mongo;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/** Matches when no MongoDB URI is configured: then Readout runs its embedded server. */
class NoMongoUriCondition implements Condition {

    static boolean uriConfigured(ConditionContext context) {
        var env = context.getEnvironment();
        return StringUtils.hasText(env.getProperty("MONGODB_URI"))
                || StringUtils.hasText(env.getProperty("spring.mongodb.uri"));
    }

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return !uriConfigured(context);
    }
}
