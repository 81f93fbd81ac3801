package io.trustframe.verify.api;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import io.trustframe.verify.TwilioError;
import io.trustframe.verify.TwilioException;

/**
 * Every failure of a request to this service, answered in Twilio's error shape and never with a stack trace. (Each
 * service of the launcher has its own Spring context, so this advice answers for verify only.)
 */
@RestControllerAdvice
class TwilioErrorHandler {

    private static final Logger LOG = LoggerFactory.getLogger(TwilioErrorHandler.class);

    @ExceptionHandler(TwilioException.class)
    ResponseEntity<Map<String, Object>> twilio(TwilioException e, HttpServletRequest request) {
        String message = e.error() == TwilioError.NOT_FOUND
                ? TwilioErrorResponses.notFound(request.getRequestURI()) : e.getMessage();
        return TwilioErrorResponses.response(e.error(), message);
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<Map<String, Object>> noSuchPath(HttpServletRequest request) {
        return TwilioErrorResponses.response(TwilioError.NOT_FOUND,
                TwilioErrorResponses.notFound(request.getRequestURI()));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<Map<String, Object>> wrongMethod(HttpRequestMethodNotSupportedException e) {
        return TwilioErrorResponses.response(TwilioError.METHOD_NOT_ALLOWED, "Method not allowed: " + e.getMethod());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Map<String, Object>> unexpected(Exception e, HttpServletRequest request) {
        LOG.error("{} {} failed", request.getMethod(), request.getRequestURI(), e);
        return TwilioErrorResponses.response(TwilioError.INTERNAL_ERROR, TwilioError.INTERNAL_ERROR.defaultMessage());
    }
}
