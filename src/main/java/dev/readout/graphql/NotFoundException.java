package dev.readout.graphql;

/** The id is well formed but nothing has it. Classified NOT_FOUND. */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String message) {
        super(message);
    }
}
