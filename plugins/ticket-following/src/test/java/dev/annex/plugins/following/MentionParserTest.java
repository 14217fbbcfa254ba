package dev.annex.plugins.following;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class MentionParserTest {

    @Test
    void findsEmailMentionsInOrderWithoutDuplicates() {
        assertEquals(List.of("carol@acme.example", "dan@acme.example"),
                MentionParser.emails("@carol@acme.example please look, and @Dan@Acme.example too. @carol@acme.example"));
    }

    @Test
    void aPlainAddressIsNotAMention() {
        assertEquals(List.of(), MentionParser.emails("write to carol@acme.example or x@@y.example"));
    }

    @Test
    void punctuationAroundAMentionIsNotPartOfIt() {
        assertEquals(List.of("carol@acme.example"), MentionParser.emails("(@carol@acme.example)."));
    }

    @Test
    void aBareAtSignOrNameIsNoMention() {
        assertEquals(List.of(), MentionParser.emails("@carol and @ and @@"));
    }
}
