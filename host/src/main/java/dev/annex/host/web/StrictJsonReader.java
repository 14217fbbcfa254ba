package dev.annex.host.web;

import dev.annex.host.web.problem.Problems;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.Providers;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Every JSON request body of the API, the plugins' included, goes through {@link StrictJson}
 * before JSON-B binds it, and is read only up to {@link RequestLimits#JSON_BYTES}.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
public class StrictJsonReader implements MessageBodyReader<Object> {

    @Context
    Providers providers;

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type != String.class && type != byte[].class && !InputStream.class.isAssignableFrom(type);
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                           MultivaluedMap<String, String> headers, InputStream body) throws IOException {
        String text = read(body);
        JsonValue tree = StrictJson.parse(text);
        if (JsonValue.class.isAssignableFrom(type)) {
            // A resource that takes a JSON value checks its kind itself (settings: 422 naming them).
            return tree;
        }
        StrictJson.checkKinds(tree, genericType, "");
        return jsonb(type, mediaType).fromJson(text, genericType);
    }

    private Jsonb jsonb(Class<?> type, MediaType mediaType) {
        ContextResolver<Jsonb> resolver = providers.getContextResolver(Jsonb.class, mediaType);
        Jsonb configured = resolver == null ? null : resolver.getContext(type);
        return configured != null ? configured : JsonbConfiguration.JSONB;
    }

    /** The body as UTF-8 text, refused once it grows past the limit (a body without a length). */
    private static String read(InputStream body) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
            if (bytes.size() + n > RequestLimits.JSON_BYTES) {
                throw RequestLimits.tooLarge(RequestLimits.JSON_BYTES);
            }
            bytes.write(buffer, 0, n);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            throw Problems.badRequest("body", "is not UTF-8 text");
        }
    }
}
