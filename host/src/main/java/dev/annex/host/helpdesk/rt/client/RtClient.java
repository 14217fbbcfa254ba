package dev.annex.host.helpdesk.rt.client;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * RT 5's REST 2 API, the calls the connector needs, with RT's habits handled in one place: an HTTP
 * 200 whose message list reports a refusal (a change is read back and compared), ids and numbers as
 * strings or numbers, page counts as {@code 0.0}, raw content in collections. Thread-safe.
 */
public final class RtClient {

    /** The status of a deleted ticket, which RT's searches leave out. */
    public static final String DELETED = "deleted";

    /** RT's largest page; larger {@code per_page} values are cut to it. */
    public static final int MAX_PAGE = 100;

    private final RtEndpoint endpoint;
    private final HttpClient http;

    public RtClient(RtEndpoint endpoint) {
        this(endpoint, HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(endpoint.timeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build());
    }

    RtClient(RtEndpoint endpoint, HttpClient http) {
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
        this.http = Objects.requireNonNull(http, "http");
    }

    public RtEndpoint endpoint() {
        return endpoint;
    }

    // --- the instance ------------------------------------------------------------------------

    /** RT's version; also proves the address and the credentials (REST 2 answers 401 otherwise). */
    public String version() {
        return RtJson.text(object(get("rt", Map.of())), "Version");
    }

    // --- queues --------------------------------------------------------------------------------

    public Optional<RtQueue> queue(String nameOrId) {
        try {
            return Optional.of(RtQueue.of(object(get("queue/" + segment(nameOrId), Map.of()))));
        } catch (RtNotFoundException e) {
            return Optional.empty();
        }
    }

    /** Creates a queue (for set-up and tests; an operator's RT normally has its queues). */
    public RtQueue createQueue(String name, String lifecycle) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("Name", name);
        if (lifecycle != null) {
            body.add("Lifecycle", lifecycle);
        }
        send("POST", "queue", body.build());
        return queue(name).orElseThrow(() -> new RtNotFoundException("queue " + name + " after creating it"));
    }

    // --- users ---------------------------------------------------------------------------------

    public Optional<RtUser> user(String nameOrEmail) {
        try {
            return Optional.of(RtUser.of(object(get("user/" + segment(nameOrEmail), Map.of()))));
        } catch (RtNotFoundException e) {
            return Optional.empty();
        }
    }

    /** Creates an unprivileged user (an end user in RT's terms) named by its email address. */
    public RtUser createUser(String email, String realName, String organization) {
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("Name", email).add("EmailAddress", email)
                .add("RealName", realName == null ? "" : realName)
                .add("Organization", organization == null ? "" : organization);
        send("POST", "user", body.build());
        return user(email).orElseThrow(() -> new RtNotFoundException("user " + email + " after creating it"));
    }

    /** Sets a user's real name and organisation (a null leaves the field as it is), checked by reading back. */
    public RtUser updateUser(String nameOrEmail, String realName, String organization) {
        JsonObjectBuilder body = Json.createObjectBuilder();
        if (realName != null) {
            body.add("RealName", realName);
        }
        if (organization != null) {
            body.add("Organization", organization);
        }
        List<String> messages = messages(send("PUT", "user/" + segment(nameOrEmail), body.build()));
        RtUser user = user(nameOrEmail).orElseThrow(() -> new RtNotFoundException("user " + nameOrEmail));
        RtRefusals refusals = new RtRefusals(messages);
        refusals.check("RealName", realName, user.realName());
        refusals.check("Organization", organization, user.organization());
        return user;
    }

    /** Disables (or enables again) a user, checked by reading back; a disabled user cannot sign in to RT. */
    public RtUser setUserDisabled(String nameOrEmail, boolean disabled) {
        List<String> messages = messages(send("PUT", "user/" + segment(nameOrEmail),
                Json.createObjectBuilder().add("Disabled", disabled ? 1 : 0).build()));
        RtUser user = user(nameOrEmail).orElseThrow(() -> new RtNotFoundException("user " + nameOrEmail));
        new RtRefusals(messages).check("Disabled", disabled ? "1" : "0", user.disabled() ? "1" : "0");
        return user;
    }

    /** The id of the user-defined group of this name, if RT has one (REST 2's JSON search on groups). */
    public Optional<Long> groupNamed(String name) {
        JsonObject json = object(send("POST", "groups", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("field", "Name").add("value", name))
                .add(Json.createObjectBuilder().add("field", "Domain").add("value", "UserDefined")).build()));
        return RtJson.objects(json, "items").stream().map(item -> RtJson.number(item, "id")).findFirst();
    }

    /**
     * The names of the user-defined groups the user is a member of. REST 2 lists a user's groups
     * by id only (it ignores {@code fields} there), so each group is read once.
     */
    public List<String> groupsOf(String nameOrEmail) {
        List<String> names = new ArrayList<>();
        for (long page = 1; ; page++) {
            JsonObject json = object(get("user/" + segment(nameOrEmail) + "/groups",
                    params("page", page, "per_page", MAX_PAGE)));
            for (JsonObject item : RtJson.objects(json, "items")) {
                JsonObject group = object(get("group/" + RtJson.number(item, "id"), Map.of()));
                if ("UserDefined".equals(RtJson.text(group, "Domain"))) {
                    names.add(RtJson.text(group, "Name"));
                }
            }
            if (page >= RtJson.number(json, "pages")) {
                return names;
            }
        }
    }

    /** Creates a user-defined group (for set-up and tests) and returns its id. */
    public long createGroup(String name) {
        return RtJson.number(object(send("POST", "group",
                Json.createObjectBuilder().add("Name", name).build())), "id");
    }

    public void addGroupMember(long groupId, long userId) {
        send("PUT", "group/" + groupId + "/members", Json.createArrayBuilder().add(userId).build());
    }

    // --- tickets -------------------------------------------------------------------------------

    /** @return the new ticket's id */
    public long createTicket(NewRtTicket ticket) {
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("Queue", ticket.queue())
                .add("Subject", ticket.subject())
                .add("Requestor", ticket.requestor())
                .add("Priority", ticket.priority())
                .add("Content", ticket.content())
                .add("ContentType", "text/plain");
        if (!ticket.ccs().isEmpty()) {
            body.add("Cc", strings(ticket.ccs()));
        }
        JsonObject created = object(send("POST", "ticket", body.build()));
        long id = RtJson.number(created, "id");
        if (id <= 0) {
            throw new RtRejectedException(null, "RT created no ticket: " + created);
        }
        return id;
    }

    public Optional<RtTicket> ticket(long id) {
        List<RtTicket> found = tickets(List.of(id));
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** The tickets with these ids that exist (in any queue the integration user sees), in id order. */
    public List<RtTicket> tickets(Collection<Long> ids) {
        List<Long> distinct = ids.stream().distinct().sorted().toList();
        List<RtTicket> tickets = new ArrayList<>();
        for (int from = 0; from < distinct.size(); from += MAX_PAGE) {
            String query = distinct.subList(from, Math.min(distinct.size(), from + MAX_PAGE)).stream()
                    .map(id -> "id = " + id).collect(Collectors.joining(" OR "));
            tickets.addAll(search(query, 1, MAX_PAGE).items());
        }
        return tickets;
    }

    /** One page of the tickets matching {@code ticketSql}, in id order. */
    public RtPage<RtTicket> search(String ticketSql, long page, int perPage) {
        Map<String, String> params = params("query", ticketSql, "orderby", "id", "order", "ASC",
                "page", page, "per_page", Math.min(perPage, MAX_PAGE));
        for (String[] field : RtTicket.FIELDS) {
            params.put(field[0], field[1]);
        }
        JsonObject json = object(get("tickets", params));
        return page(json, RtTicket::of);
    }

    /** How many tickets match {@code ticketSql} (RT's pseudo statuses {@code __Active__}, {@code __Inactive__} work here). */
    public long count(String ticketSql) {
        JsonObject json = object(get("tickets", params("query", ticketSql, "per_page", 1, "fields", "id")));
        return RtJson.number(json, "total");
    }

    /** A public reply: RT's correspondence, mailed to the requestors and Ccs by RT. */
    public void correspond(long ticketId, String text) {
        post(ticketId, "correspond", text);
    }

    /** An internal note: RT's comment, seen by RT's staff only. */
    public void comment(long ticketId, String text) {
        post(ticketId, "comment", text);
    }

    private void post(long ticketId, String kind, String text) {
        JsonObject body = Json.createObjectBuilder()
                .add("Content", text).add("ContentType", "text/plain").build();
        send("POST", "ticket/" + ticketId + "/" + kind, body);
    }

    /**
     * Changes fields and reads the ticket back: RT answers 200 to a refused change and only says
     * so in its message list.
     *
     * @return the ticket as RT has it now; null after deleting it (RT's searches no longer show it)
     * @throws RtRejectedException naming the first field RT did not change, with RT's message
     */
    public RtTicket update(long ticketId, RtTicketChanges changes) {
        if (changes.isEmpty()) {
            return ticket(ticketId).orElseThrow(() -> new RtNotFoundException("ticket " + ticketId));
        }
        JsonObjectBuilder body = Json.createObjectBuilder();
        if (changes.subject() != null) {
            body.add("Subject", changes.subject());
        }
        if (changes.status() != null) {
            body.add("Status", changes.status());
        }
        if (changes.priority() != null) {
            body.add("Priority", changes.priority());
        }
        if (changes.queue() != null) {
            body.add("Queue", changes.queue());
        }
        List<String> messages = messages(send("PUT", "ticket/" + ticketId, body.build()));
        RtRefusals refusals = new RtRefusals(messages);
        if (DELETED.equals(changes.status())) {
            // RT's searches never return a deleted ticket; the record itself says its status.
            refusals.check("Status", DELETED, RtJson.text(object(get("ticket/" + ticketId, Map.of())), "Status"));
            return null;
        }
        RtTicket ticket = ticket(ticketId).orElseThrow(() -> new RtNotFoundException("ticket " + ticketId));
        refusals.check("Subject", changes.subject(), ticket.subject());
        refusals.check("Status", changes.status(), ticket.status());
        refusals.check("Priority", changes.priority() == null ? null : String.valueOf(changes.priority()),
                String.valueOf(ticket.priority()));
        if (changes.queue() != null && !changes.queue().equals(ticket.queueName())
                && !changes.queue().equals(String.valueOf(ticket.queueId()))) {
            refusals.refuse("Queue");
        }
        return ticket;
    }

    /** Replaces the ticket's Cc watchers (REST 2 sets a role's members as a whole). */
    public RtTicket setCcs(long ticketId, Collection<String> emails) {
        send("PUT", "ticket/" + ticketId, Json.createObjectBuilder().add("Cc", strings(emails)).build());
        RtTicket ticket = ticket(ticketId).orElseThrow(() -> new RtNotFoundException("ticket " + ticketId));
        List<String> now = ticket.ccs().stream().map(RtUserRef::email).sorted().toList();
        List<String> wanted = emails.stream().map(e -> e.toLowerCase(java.util.Locale.ROOT)).distinct().sorted().toList();
        if (!now.equals(wanted)) {
            throw new RtRejectedException("Cc", "RT kept the Cc watchers " + now + " instead of " + wanted);
        }
        return ticket;
    }

    // --- transactions --------------------------------------------------------------------------

    /** Transactions with an id above {@code afterId}, oldest first: RT's change feed. */
    public RtPage<RtTransaction> transactionsAfter(long afterId, int perPage) {
        Map<String, String> params = params("query", "id > " + afterId, "orderby", "id", "order", "ASC",
                "page", 1, "per_page", Math.min(perPage, MAX_PAGE));
        for (String[] field : RtTransaction.FIELDS) {
            params.put(field[0], field[1]);
        }
        return page(object(get("transactions", params)), RtTransaction::of);
    }

    /** The transactions with these ids that exist, in id order. */
    public List<RtTransaction> transactionsWithIds(Collection<Long> ids) {
        List<Long> distinct = ids.stream().distinct().sorted().toList();
        List<RtTransaction> found = new ArrayList<>();
        for (int from = 0; from < distinct.size(); from += MAX_PAGE) {
            String query = distinct.subList(from, Math.min(distinct.size(), from + MAX_PAGE)).stream()
                    .map(id -> "id = " + id).collect(Collectors.joining(" OR "));
            Map<String, String> params = params("query", query, "orderby", "id", "order", "ASC",
                    "page", 1, "per_page", MAX_PAGE);
            for (String[] field : RtTransaction.FIELDS) {
                params.put(field[0], field[1]);
            }
            found.addAll(page(object(get("transactions", params)), RtTransaction::of).items());
        }
        return found;
    }

    /**
     * A ticket's newest transactions (by one user, unless {@code creator} is null), newest first.
     * RT answers a reply, a comment or a field change without the id of the transaction it
     * recorded; this finds it, so a change Annex made can be known by its RT transaction when the
     * feed brings it back.
     */
    public List<RtTransaction> recentTransactions(long ticketId, String creator, int limit) {
        Map<String, String> params = params("query", "ObjectType = 'RT::Ticket' AND ObjectId = " + ticketId
                        + (creator == null ? "" : " AND Creator = '" + creator.replace("'", "") + "'"),
                "orderby", "id", "order", "DESC", "page", 1, "per_page", Math.min(limit, MAX_PAGE));
        for (String[] field : RtTransaction.FIELDS) {
            params.put(field[0], field[1]);
        }
        return page(object(get("transactions", params)), RtTransaction::of).items();
    }

    /** The newest transaction's id (0 for an empty RT): where a feed that starts now begins. */
    public long lastTransactionId() {
        JsonObject json = object(get("transactions",
                params("query", "id > 0", "orderby", "id", "order", "DESC", "per_page", 1, "fields", "id")));
        List<JsonObject> items = RtJson.objects(json, "items");
        return items.isEmpty() ? 0 : RtJson.number(items.get(0), "id");
    }

    /** The text parts of a reply's or comment's message, in order. */
    public List<RtMessage> messages(long transactionId) {
        JsonObject json = object(get("transaction/" + transactionId + "/attachments",
                params("per_page", MAX_PAGE, "fields", "ContentType,Content")));
        return RtJson.objects(json, "items").stream()
                .map(item -> new RtMessage(RtJson.number(item, "id"), RtJson.text(item, "ContentType"),
                        RtJson.text(item, "Content")))
                .filter(m -> m.contentType().startsWith("text/") && !m.content().isEmpty())
                .toList();
    }

    // --- HTTP ----------------------------------------------------------------------------------

    private JsonValue get(String path, Map<String, String> params) {
        return send("GET", path + query(params), null);
    }

    private JsonValue send(String method, String path, JsonStructure body) {
        URI uri = endpoint.rest(path);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(endpoint.timeout())
                .header("Authorization", endpoint.credentials().authorization())
                .header("Accept", "application/json");
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json; charset=utf-8")
                    .method(method, HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new RtUnavailableException("RT at " + endpoint.baseUrl() + " did not answer " + method + " "
                    + path + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RtUnavailableException("interrupted while waiting for RT", e);
        }
        int status = response.statusCode();
        if (status >= 500) {
            throw new RtUnavailableException("RT answered " + status + " to " + method + " " + path, null);
        }
        JsonValue json = parse(response.body(), status, method, path);
        if (status == 401) {
            throw new RtAuthenticationException(status, message(json, "RT refused the credentials"));
        }
        if (status == 403) {
            // RT says "No permission to create tickets in the queue 'x'" for a queue that does
            // not exist as well as for one the user may not use: either way the queue is wrong.
            String message = message(json, "RT refused " + method + " " + path + " (403)");
            String field = RtRefusals.fieldNamedIn(message);
            if (field != null) {
                throw new RtRejectedException(field, message);
            }
            throw new RtAuthenticationException(status, message);
        }
        if (status == 404) {
            throw new RtNotFoundException(message(json, "RT has no " + path));
        }
        if (status >= 400) {
            String message = message(json, "RT refused " + method + " " + path + " (" + status + ")");
            throw new RtRejectedException(RtRefusals.fieldNamedIn(message), message);
        }
        if (status >= 300) {
            throw new RtUnavailableException("RT answered " + status + " to " + method + " " + path
                    + " (is the base URL RT's web address?)", null);
        }
        return json;
    }

    private static JsonValue parse(String body, int status, String method, String path) {
        if (body == null || body.isBlank()) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readValue();
        } catch (JsonParsingException e) {
            if (status >= 400) {
                return Json.createObjectBuilder().add("message", body.strip()).build();
            }
            throw new RtUnavailableException("RT's answer to " + method + " " + path
                    + " is not JSON (is the base URL RT's web address?)", e);
        }
    }

    private static JsonObject object(JsonValue value) {
        if (value instanceof JsonObject object) {
            return object;
        }
        throw new IllegalStateException("RT sent " + value.getValueType() + " where an object was expected");
    }

    private static List<String> messages(JsonValue value) {
        if (value instanceof JsonArray array) {
            return array.stream().map(v -> v instanceof JsonString s ? s.getString() : v.toString()).toList();
        }
        return List.of();
    }

    private static String message(JsonValue json, String fallback) {
        if (json instanceof JsonObject object && object.containsKey("message")) {
            return RtJson.text(object, "message");
        }
        return fallback;
    }

    private static <T> RtPage<T> page(JsonObject json, java.util.function.Function<JsonObject, T> read) {
        return new RtPage<>(RtJson.objects(json, "items").stream().map(read).toList(),
                RtJson.number(json, "page"), RtJson.number(json, "pages"), RtJson.number(json, "total"));
    }

    private static JsonArrayBuilder strings(Collection<String> values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        values.forEach(array::add);
        return array;
    }

    private static Map<String, String> params(Object... keysAndValues) {
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            params.put((String) keysAndValues[i], String.valueOf(keysAndValues[i + 1]));
        }
        return params;
    }

    private static String query(Map<String, String> params) {
        if (params.isEmpty()) {
            return "";
        }
        return params.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&", "?", ""));
    }

    private static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
