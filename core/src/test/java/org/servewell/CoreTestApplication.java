package org.servewell;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The Spring Boot configuration that core's tests start; the real application lives in
 * the web module.
 */
@SpringBootApplication
public class CoreTestApplication {

}
