package dev.annex.plugins.following;

import dev.annex.plugin.api.ui.UiContribution;
import dev.annex.plugin.api.ui.UiExtension;
import dev.annex.plugin.api.ui.UiSlot;
import java.util.List;
import org.pf4j.Extension;

@Extension
public class FollowingUi implements UiExtension {

    @Override
    public List<UiContribution> contributions() {
        return List.of(
                new UiContribution(UiSlot.TICKET_PANEL, "annex-followers", "followers.js", "Followers"),
                new UiContribution(UiSlot.COMMENT_COMPOSER, "annex-mentions", "mentions.js", "Mentions"),
                new UiContribution(UiSlot.TICKET_ACTION, "annex-release-note", "release.js", "Fix released"),
                new UiContribution(UiSlot.PAGE, "annex-followed-tickets", "followed.js", "Tickets I follow"));
    }
}
