package dev.annex.host.web.plugin;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * A response that another thread can answer instead of the request's own. Until it is
 * {@linkplain #defer() deferred} it passes everything through. From then on, the body is kept
 * back and nothing can commit the response, so that either the request's thread {@linkplain #release()
 * releases} its answer, or the {@link PluginDeadline}'s timer {@linkplain #takeOver takes the
 * response over} with its own answer, and every later header, status or byte of the request's thread
 * is dropped. Exactly one of the two wins; the lock makes it so.
 */
final class DeferredResponse extends HttpServletResponseWrapper {

    private enum State { PASSING, DEFERRED, CLAIMED, TAKEN_OVER, RELEASED }

    private final Object lock = new Object();
    private State state = State.PASSING;
    private ByteArrayOutputStream body;
    private ServletOutputStream stream;
    private PrintWriter writer;
    private Integer pendingError;
    private String pendingErrorMessage;

    DeferredResponse(HttpServletResponse response) {
        super(response);
    }

    /** From now on the body is kept back until {@link #release()} (or dropped by {@link #takeOver}). */
    void defer() {
        synchronized (lock) {
            if (state == State.PASSING) {
                state = State.DEFERRED;
                body = new ByteArrayOutputStream();
            }
        }
    }

    /**
     * Answers instead of the request's thread, unless that thread already released its answer.
     *
     * @return whether the answer was taken over
     */
    boolean takeOver(Consumer<HttpServletResponse> answer) {
        synchronized (lock) {
            if (state != State.DEFERRED) {
                return false;
            }
            state = State.TAKEN_OVER;
            HttpServletResponse real = (HttpServletResponse) getResponse();
            if (!real.isCommitted()) {
                answer.accept(real);
            }
            return true;
        }
    }

    /**
     * The request's thread keeps its answer: from now on nobody takes the response over (the body is
     * still held until {@link #release()}).
     *
     * @return false when the response was taken over already
     */
    boolean claim() {
        synchronized (lock) {
            if (state == State.DEFERRED) {
                state = State.CLAIMED;
            }
            return state != State.TAKEN_OVER;
        }
    }

    /** Sends what the request's thread answered, if nobody took the response over. */
    void release() throws IOException {
        synchronized (lock) {
            if (!holding()) {
                return;
            }
            state = State.RELEASED;
            if (writer != null) {
                writer.flush();
            }
            HttpServletResponse real = (HttpServletResponse) getResponse();
            if (pendingError != null) {
                if (pendingErrorMessage == null) {
                    real.sendError(pendingError);
                } else {
                    real.sendError(pendingError, pendingErrorMessage);
                }
                return;
            }
            if (body.size() > 0) {
                body.writeTo(real.getOutputStream());
            }
        }
    }

    /** Whether the body is being kept back for the request's own thread. */
    private boolean holding() {
        return state == State.DEFERRED || state == State.CLAIMED;
    }

    /** Whether the request's own thread may still change the real response's head. */
    private boolean open() {
        return state == State.PASSING || holding();
    }

    private void passHead(Runnable change) {
        synchronized (lock) {
            if (open()) {
                change.run();
            }
        }
    }

    @Override
    public void setStatus(int sc) {
        passHead(() -> super.setStatus(sc));
    }

    @Override
    public void setHeader(String name, String value) {
        passHead(() -> super.setHeader(name, value));
    }

    @Override
    public void addHeader(String name, String value) {
        passHead(() -> super.addHeader(name, value));
    }

    @Override
    public void setIntHeader(String name, int value) {
        passHead(() -> super.setIntHeader(name, value));
    }

    @Override
    public void addIntHeader(String name, int value) {
        passHead(() -> super.addIntHeader(name, value));
    }

    @Override
    public void setDateHeader(String name, long date) {
        passHead(() -> super.setDateHeader(name, date));
    }

    @Override
    public void addDateHeader(String name, long date) {
        passHead(() -> super.addDateHeader(name, date));
    }

    @Override
    public void setContentType(String type) {
        passHead(() -> super.setContentType(type));
    }

    @Override
    public void setCharacterEncoding(String charset) {
        passHead(() -> super.setCharacterEncoding(charset));
    }

    @Override
    public void setContentLength(int len) {
        passHead(() -> super.setContentLength(len));
    }

    @Override
    public void setContentLengthLong(long len) {
        passHead(() -> super.setContentLengthLong(len));
    }

    @Override
    public void setLocale(Locale loc) {
        passHead(() -> super.setLocale(loc));
    }

    @Override
    public void setBufferSize(int size) {
        passHead(() -> super.setBufferSize(size));
    }

    @Override
    public void sendError(int sc) throws IOException {
        sendError(sc, null);
    }

    @Override
    public void sendError(int sc, String msg) throws IOException {
        synchronized (lock) {
            if (holding()) {
                pendingError = sc;
                pendingErrorMessage = msg;
                return;
            }
            if (!open()) {
                return;
            }
        }
        if (msg == null) {
            super.sendError(sc);
        } else {
            super.sendError(sc, msg);
        }
    }

    @Override
    public void sendRedirect(String location) throws IOException {
        synchronized (lock) {
            if (holding()) {
                super.setStatus(SC_FOUND);
                super.setHeader("Location", location);
                return;
            }
            if (!open()) {
                return;
            }
        }
        super.sendRedirect(location);
    }

    @Override
    public void flushBuffer() throws IOException {
        synchronized (lock) {
            if (state != State.PASSING) {
                return; // committing now would let the request's thread win before it has finished
            }
        }
        super.flushBuffer();
    }

    @Override
    public void reset() {
        synchronized (lock) {
            if (holding()) {
                super.reset();
                body.reset();
                pendingError = null;
            } else if (state == State.PASSING) {
                super.reset();
            }
        }
    }

    @Override
    public void resetBuffer() {
        synchronized (lock) {
            if (holding()) {
                body.reset();
            } else if (state == State.PASSING) {
                super.resetBuffer();
            }
        }
    }

    @Override
    public boolean isCommitted() {
        synchronized (lock) {
            return holding() ? pendingError != null : super.isCommitted();
        }
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        synchronized (lock) {
            if (state == State.PASSING) {
                return super.getOutputStream();
            }
            if (stream == null) {
                stream = new HeldBackStream();
            }
            return stream;
        }
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        synchronized (lock) {
            if (state == State.PASSING) {
                return super.getWriter();
            }
            if (writer == null) {
                String encoding = getCharacterEncoding();
                Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
                writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), charset));
            }
            return writer;
        }
    }

    /** The body while deferred: kept until released; dropped once taken over. */
    private final class HeldBackStream extends ServletOutputStream {

        @Override
        public void write(int b) {
            synchronized (lock) {
                if (holding()) {
                    body.write(b);
                }
            }
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            synchronized (lock) {
                if (holding()) {
                    body.write(bytes, offset, length);
                }
            }
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            throw new IllegalStateException("a plugin's answer is written synchronously");
        }
    }
}
