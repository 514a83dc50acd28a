package dev.readout;

import dev.readout.ingest.IngestCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class ReadoutApplication {
    public static void main(String[] args) {
        if (IngestCommand.isIngest(args)) {
            // the bulk-ingest command: no web server, a progress bar, an exit code
            System.exit(IngestCommand.run(args, System.err));
        }
        SpringApplication.run(ReadoutApplication.class, args);
    }
}
