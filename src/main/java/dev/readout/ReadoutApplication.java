package dev.readout;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class ReadoutApplication {
    public static void main(String[] args) {
        SpringApplication.run(ReadoutApplication.class, args);
    }
}
