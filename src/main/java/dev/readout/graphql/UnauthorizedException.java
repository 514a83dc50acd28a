package dev.readout.graphql;

/** A mutation came without the right API key. Classified UNAUTHORIZED. */
public class UnauthorizedException extends RuntimeException {
    public UnauthorizedException(String message) {
        super(message);
    }
}
