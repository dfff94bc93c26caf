package ru.sppr.chat.briefing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import ru.sppr.chat.situation.EventType;
import ru.sppr.chat.situation.SituationStore.ObservationRow;

/**
 * The kinds of incident values are reported under, best first: the kind the question names, then the kind each
 * attribute belongs to — people evacuated, refusing or in shelters to an evacuation, water levels and flooded houses to
 * a flood, a cut-off supply to a power outage, a road or bridge closed to a road closure.
 */
final class IncidentKinds {
    private IncidentKinds() {
    }

    static List<EventType> of(Optional<EventType> named, List<ObservationRow> values) {
        List<EventType> kinds = new ArrayList<>();
        named.ifPresent(kinds::add);
        for (ObservationRow o : values) {
            kindOf(o).filter(k -> !kinds.contains(k)).ifPresent(kinds::add);
        }
        return kinds;
    }

    private static Optional<EventType> kindOf(ObservationRow o) {
        return switch (o.attribute()) {
            case EVACUATED, REFUSED, SHELTERED, WITH_RELATIVES -> Optional.of(EventType.EVACUATION);
            case WATER_LEVEL, FLOODED_HOUSES, FLOODED_PLOTS -> Optional.of(EventType.FLOOD);
            case DEENERGIZED -> Optional.of(EventType.POWER_OUTAGE);
            case STATE -> o.entityKey().startsWith("road:") || o.entityKey().startsWith("object:мост:")
                    ? Optional.of(EventType.ROAD_CLOSURE) : Optional.empty();
            case DEATHS, INJURED, HOSPITALIZED, RESCUED, MISSING, AREA, PERSONNEL, VEHICLES, BOATS -> Optional.empty();
        };
    }
}
