package dev.readout.mongo;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;

import java.util.Locale;
import java.util.Set;

/**
 * The H2 backend of mongo-java-server, but every acknowledged write is on disk before the reply.
 * <p>
 * Out of the box the backend leaves commits to the MVStore's background auto-commit (about a second), so a hard kill
 * right after an acknowledged insert loses it. Here each write command commits the store before its result goes back
 * to the driver; the commit writes the new chunk to the file, so it survives the death of the process.
 */
public class DurableH2Backend extends H2Backend {

    /** Commands that change data or metadata; everything else (find, aggregate, count, hello, ...) only reads. */
    private static final Set<String> WRITE_COMMANDS = Set.of(
            "insert", "update", "delete", "findandmodify", "createindexes", "dropindexes", "drop",
            "dropdatabase", "create", "renamecollection", "collmod");

    public DurableH2Backend(String fileName) {
        super(fileName);
    }

    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        Document result = super.handleCommand(channel, databaseName, command, query);
        if (command != null && WRITE_COMMANDS.contains(command.toLowerCase(Locale.ROOT))) {
            getMvStore().commit();
        }
        return result;
    }
}
