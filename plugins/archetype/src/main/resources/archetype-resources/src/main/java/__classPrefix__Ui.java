package ${package};

import dev.annex.plugin.api.ui.UiContribution;
import dev.annex.plugin.api.ui.UiExtension;
import dev.annex.plugin.api.ui.UiSlot;
import java.util.List;
import org.pf4j.Extension;

/** A panel beside every ticket: ui/panel.js defines the element. */
@Extension
public class ${classPrefix}Ui implements UiExtension {

    @Override
    public List<UiContribution> contributions() {
        return List.of(new UiContribution(UiSlot.TICKET_PANEL, "${pluginId}-panel", "panel.js", "${classPrefix}"));
    }
}
