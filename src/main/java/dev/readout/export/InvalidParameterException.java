package dev.readout.export;

/** An export request parameter Readout cannot use; answered 400 with the parameter's name and what to send. */
public class InvalidParameterException extends RuntimeException {

    private final String parameter;

    public InvalidParameterException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
