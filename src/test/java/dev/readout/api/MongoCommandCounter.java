package dev.readout.api;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records every command the application's MongoDB client sends (the driver's CommandListener), for N+1 checks. */
@TestConfiguration(proxyBeanMethods = false)
public class MongoCommandCounter {

    private static final Set<String> HOUSEKEEPING = Set.of("hello", "ismaster", "isMaster", "ping", "endSessions",
            "buildInfo", "getLastError");

    public static final List<String> COMMANDS = new CopyOnWriteArrayList<>();

    @Bean
    MongoClientSettingsBuilderCustomizer countCommands() {
        return settings -> settings.addCommandListener(new CommandListener() {
            @Override
            public void commandStarted(CommandStartedEvent event) {
                if (!HOUSEKEEPING.contains(event.getCommandName())) {
                    COMMANDS.add(event.getCommandName() + " " + collection(event));
                }
            }
        });
    }

    private static String collection(CommandStartedEvent event) {
        var value = event.getCommand().get(event.getCommandName());
        return value != null && value.isString() ? value.asString().getValue() : "";
    }
}
