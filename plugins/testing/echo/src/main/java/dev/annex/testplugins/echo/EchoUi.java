package dev.annex.testplugins.echo;

import dev.annex.plugin.api.ui.UiContribution;
import dev.annex.plugin.api.ui.UiExtension;
import dev.annex.plugin.api.ui.UiSlot;
import java.util.List;
import org.pf4j.Extension;

@Extension
public class EchoUi implements UiExtension {

    @Override
    public List<UiContribution> contributions() {
        return List.of(new UiContribution(UiSlot.TICKET_PANEL, "echo-panel", "panel.js", "Echo"));
    }
}
