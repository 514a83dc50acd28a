package dev.readout.graphql;

/** The client sent something Readout cannot act on; the message says what to change. Classified BAD_REQUEST. */
public class BadRequestException extends RuntimeException {
    public BadRequestException(String message) {
        super(message);
    }
}
