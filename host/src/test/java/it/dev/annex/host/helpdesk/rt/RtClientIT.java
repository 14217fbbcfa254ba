package it.dev.annex.host.helpdesk.rt;

import dev.annex.host.helpdesk.rt.client.NewRtTicket;
import dev.annex.host.helpdesk.rt.client.RtAuthenticationException;
import dev.annex.host.helpdesk.rt.client.RtClient;
import dev.annex.host.helpdesk.rt.client.RtCredentials;
import dev.annex.host.helpdesk.rt.client.RtEndpoint;
import dev.annex.host.helpdesk.rt.client.RtMessage;
import dev.annex.host.helpdesk.rt.client.RtPage;
import dev.annex.host.helpdesk.rt.client.RtQueue;
import dev.annex.host.helpdesk.rt.client.RtRejectedException;
import dev.annex.host.helpdesk.rt.client.RtTicket;
import dev.annex.host.helpdesk.rt.client.RtTicketChanges;
import dev.annex.host.helpdesk.rt.client.RtTransaction;
import dev.annex.host.helpdesk.rt.client.RtUnavailableException;
import dev.annex.host.helpdesk.rt.client.RtUser;
import dev.annex.host.helpdesk.rt.client.RtUserRef;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The REST 2 client against a real RT 5.0.3: each of RT's habits the notes warn about. */
class RtClientIT {

    private final RtClient rt = RealRt.basic();

    @Test
    void aTokenAndBasicCredentialsBothSignIn() {
        assertTrue(rt.version().startsWith("5.0"), rt.version());
        assertEquals(rt.version(), RealRt.token().version());
    }

    @Test
    void aWrongTokenIsRefusedAsCredentialsNotAsAnOutage() {
        RtClient wrong = new RtClient(new RtEndpoint(RealRt.URL, new RtCredentials.Token("1-2-not-a-token")));
        RtAuthenticationException e = assertThrows(RtAuthenticationException.class, wrong::version);
        assertEquals(401, e.status());
    }

    @Test
    void nothingListeningIsAnOutage() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        RtClient nowhere = new RtClient(new RtEndpoint(URI.create("http://127.0.0.1:" + port),
                new RtCredentials.Basic("x", "y")));
        assertThrows(RtUnavailableException.class, nowhere::version);
    }

    @Test
    void aServerThatDoesNotAnswerInTimeIsAnOutage() throws IOException {
        CountDownLatch done = new CountDownLatch(1);
        try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread accept = new Thread(() -> {
                try (Socket ignored = silent.accept()) {
                    done.await(); // holds the connection open, answering nothing
                } catch (IOException | InterruptedException e) {
                    // the test is over
                }
            });
            accept.setDaemon(true);
            accept.start();
            RtClient slow = new RtClient(new RtEndpoint(URI.create("http://127.0.0.1:" + silent.getLocalPort()),
                    new RtCredentials.Basic("x", "y"), Duration.ofMillis(500)));
            assertThrows(RtUnavailableException.class, slow::version);
        } finally {
            done.countDown();
        }
    }

    @Test
    void aWebServerThatIsNotRtIsNotMistakenForIt() {
        RtClient notRt = new RtClient(new RtEndpoint(URI.create(RealRt.URL + "/NoAuth/css"),
                new RtCredentials.Basic(RealRt.USER, RealRt.PASSWORD)));
        assertThrows(RuntimeException.class, notRt::version);
    }

    @Test
    void aTicketIsCreatedAndReadWithItsRequestorsOrganisation() {
        RtQueue queue = RealRt.queue(rt, null);
        String email = RealRt.unique("carol") + "@acme.example";
        rt.createUser(email, "Carol", "Acme Corporation");
        long id = rt.createTicket(new NewRtTicket(queue.name(), "Printer on fire", email, "It burns", 50, List.of()));

        RtTicket ticket = rt.ticket(id).orElseThrow();
        assertEquals("Printer on fire", ticket.subject());
        assertEquals(queue.id(), ticket.queueId());
        assertEquals(queue.name(), ticket.queueName());
        assertEquals("default", ticket.lifecycle());
        assertEquals("new", ticket.status());
        assertEquals(50, ticket.priority());
        assertEquals(List.of(new RtUserRef(email, email, "Carol", "Acme Corporation")), ticket.requestors());
        assertTrue(ticket.created() != null && ticket.lastUpdated() != null);
    }

    @Test
    void anInvalidStatusAnsweredWithHttp200IsRejectedNamingTheField() {
        RtQueue queue = RealRt.queue(rt, null);
        long id = rt.createTicket(new NewRtTicket(queue.name(), "s", "x@annex.test", "", 0, List.of()));

        RtRejectedException e = assertThrows(RtRejectedException.class,
                () -> rt.update(id, RtTicketChanges.status("waiting-for-customer")));
        assertEquals("Status", e.field());
        assertTrue(e.getMessage().contains("isn't a valid status"), e.getMessage());
        assertEquals("new", rt.ticket(id).orElseThrow().status(), "nothing changed");
    }

    @Test
    void aQueueThatDoesNotExistIsRejectedNamingTheField() {
        RtQueue queue = RealRt.queue(rt, null);
        long id = rt.createTicket(new NewRtTicket(queue.name(), "s", "x@annex.test", "", 0, List.of()));
        RtRejectedException e = assertThrows(RtRejectedException.class,
                () -> rt.update(id, RtTicketChanges.queue(RealRt.unique("no-such-queue"))));
        assertEquals("Queue", e.field());
        RtRejectedException onCreate = assertThrows(RtRejectedException.class, () -> rt.createTicket(
                new NewRtTicket(RealRt.unique("no-such-queue"), "s", "x@annex.test", "", 0, List.of())));
        assertEquals("Queue", onCreate.field());
    }

    @Test
    void aCustomLifecyclesStatusesAreWrittenAndReadAsRtNamesThem() {
        RtQueue queue = RealRt.queue(rt, "annex-custom");
        assertEquals("annex-custom", queue.lifecycle());
        long id = rt.createTicket(new NewRtTicket(queue.name(), "s", "x@annex.test", "", 0, List.of()));

        RtTicket waiting = rt.update(id, new RtTicketChanges(null, "waiting-for-customer", 100L, null));
        assertEquals("waiting-for-customer", waiting.status());
        assertEquals(100, waiting.priority());
        assertEquals(0, rt.count("id = " + id + " AND Status = '__Inactive__'"));

        rt.update(id, RtTicketChanges.status("shipped"));
        assertEquals(1, rt.count("id = " + id + " AND Status = '__Inactive__'"), "shipped is inactive in annex-custom");
    }

    @Test
    void repliesAndCommentsAreTransactionsWhoseTextIsReadRaw() {
        RtQueue queue = RealRt.queue(rt, null);
        long id = rt.createTicket(new NewRtTicket(queue.name(), "s", "x@annex.test", "first", 0, List.of()));
        long before = rt.lastTransactionId();
        rt.correspond(id, "Public: we are on it — ünïcödé");
        rt.comment(id, "Internal: call the fire department");

        List<RtTransaction> mine = rt.transactionsAfter(before, 100).items().stream()
                .filter(t -> t.onTicket() && t.objectId() == id).toList();
        RtTransaction reply = mine.stream().filter(t -> t.type().equals("Correspond")).findFirst().orElseThrow();
        RtTransaction note = mine.stream().filter(t -> t.type().equals("Comment")).findFirst().orElseThrow();
        assertEquals(RealRt.USER, reply.creator().name());
        List<RtMessage> replyText = rt.messages(reply.id());
        assertEquals("Public: we are on it — ünïcödé", replyText.get(0).content());
        assertEquals("Internal: call the fire department", rt.messages(note.id()).get(0).content());
        assertTrue(mine.stream().anyMatch(t -> t.type().equals("Status") && t.newValue().equals("open")
                        && t.creator().name().equals("RT_System")),
                "a reply on a new ticket opens it, as RT_System");
    }

    @Test
    void ccWatchersAreSetAsAWholeAndChecked() {
        RtQueue queue = RealRt.queue(rt, null);
        long id = rt.createTicket(new NewRtTicket(queue.name(), "s", "x@annex.test", "", 0,
                List.of("Nora@Northwind.example")));
        assertEquals(List.of("nora@northwind.example"),
                rt.ticket(id).orElseThrow().ccs().stream().map(RtUserRef::email).toList());
        RtTicket two = rt.setCcs(id, List.of("nora@northwind.example", "sam@demo.example"));
        assertEquals(2, two.ccs().size());
        assertEquals(List.of(), rt.setCcs(id, List.of()).ccs());
    }

    @Test
    void anEmptySearchSaysItIsTheLastPage() {
        RtPage<RtTicket> none = rt.search("Queue = '" + RealRt.unique("empty") + "'", 1, 10);
        assertEquals(List.of(), none.items());
        assertEquals(0, none.total());
        assertTrue(none.last(), "pages 0.0");
    }

    @Test
    void searchesPageInIdOrder() {
        RtQueue queue = RealRt.queue(rt, null);
        for (int i = 0; i < 5; i++) {
            rt.createTicket(new NewRtTicket(queue.name(), "t" + i, "x@annex.test", "", 0, List.of()));
        }
        RtPage<RtTicket> first = rt.search("Queue = '" + queue.name() + "'", 1, 2);
        RtPage<RtTicket> third = rt.search("Queue = '" + queue.name() + "'", 3, 2);
        assertEquals(5, first.total());
        assertEquals(3, first.pages());
        assertFalse(first.last());
        assertEquals(List.of("t0", "t1"), first.items().stream().map(RtTicket::subject).toList());
        assertEquals(List.of("t4"), third.items().stream().map(RtTicket::subject).toList());
        assertTrue(third.last());
    }

    @Test
    void usersOrganisationAndGroupsAreReadForTheOrganisationMapping() {
        String email = RealRt.unique("nora") + "@northwind.example";
        RtUser user = rt.createUser(email, "Nora", "Northwind");
        assertEquals(email, user.email());
        assertFalse(user.privileged());
        assertEquals("Northwind Partners", rt.updateUser(email, null, "Northwind Partners").organization());

        String group = RealRt.unique("Northwind Partners");
        long groupId = rt.createGroup(group);
        assertEquals(java.util.Optional.of(groupId), rt.groupNamed(group), "a group is found by its name");
        assertTrue(rt.groupNamed(RealRt.unique("No such group")).isEmpty());
        rt.addGroupMember(groupId, user.id());
        assertEquals(List.of(group), rt.groupsOf(email));
        assertTrue(rt.user(RealRt.unique("nobody") + "@x.example").isEmpty());

        assertTrue(rt.setUserDisabled(email, true).disabled(), "disabled, read back");
        assertFalse(rt.setUserDisabled(email, false).disabled());
    }

    @Test
    void theTransactionsOfAnAnnexWriteAreFoundAfterIt() {
        RtQueue queue = RealRt.queue(rt, null);
        long id = rt.createTicket(new NewRtTicket(queue.name(), "s", "x@annex.test", "", 0, List.of()));
        RealRt.agent().comment(id, "an RT agent's note");
        rt.correspond(id, "Annex's reply");
        rt.update(id, new RtTicketChanges(null, "stalled", 100L, null));

        List<RtTransaction> mine = rt.recentTransactions(id, RealRt.USER, 10);
        assertEquals(List.of("Status", "Set", "Correspond", "Create"), mine.stream().map(RtTransaction::type).toList(),
                "RT records the priority before the status");
        assertEquals("stalled", mine.get(0).newValue());
        assertEquals("Priority", mine.get(1).field());
        assertEquals("Annex's reply", rt.messages(mine.get(2).id()).get(0).content());
    }
}
