package nl.regiekit.it.boot;

import nl.regiekit.it.check.DemoCheck;
import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** A Spring Boot application that runs the Regiekit check at start-up; a failed check fails the start. */
@SpringBootApplication
public class Application {

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }

    @Bean
    CommandLineRunner regiekitCheck() {
        return args -> System.out.println(DemoCheck.run());
    }
}
