package dev.annex.host.web;

import dev.annex.host.web.problem.ReasonPhrases;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.ServletResponseWrapper;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.lang.reflect.Method;

/**
 * Gives 413, 422, 428 and 429 their RFC 9110 reason phrases on the status line. Servlet 6 has no
 * way to set one, and Open Liberty's HTTP channel knows no phrase for 422 and 428 and writes
 * "Undefined"; its response object still has {@code setReason(String)}, called here when present
 * (by reflection: it is the container's class, not an API). Elsewhere the phrase is left as is.
 */
@WebFilter(filterName = "annex-reason-phrases", urlPatterns = "/*")
public class ReasonPhraseFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void setStatus(int status) {
                super.setStatus(status);
                String phrase = ReasonPhrases.missing(status);
                if (phrase != null) {
                    setReason(innermost(response), phrase);
                }
            }
        });
    }

    private static ServletResponse innermost(ServletResponse response) {
        ServletResponse inner = response;
        while (inner instanceof ServletResponseWrapper wrapper) {
            inner = wrapper.getResponse();
        }
        return inner;
    }

    private static void setReason(ServletResponse response, String phrase) {
        try {
            Method setReason = response.getClass().getMethod("setReason", String.class);
            setReason.invoke(response, phrase);
        } catch (ReflectiveOperationException | RuntimeException e) {
            // Another container, or a later Liberty without it: the status code alone still says it all.
        }
    }
}
