package io.trustframe.engine.journey;

import tools.jackson.databind.json.JsonMapper;

/** {@link JourneyState} to and from JSON, for whatever store the identity service keeps journeys in. */
public final class JourneyStateJson {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private JourneyStateJson() {
    }

    public static String write(JourneyState state) {
        return MAPPER.writeValueAsString(state);
    }

    public static JourneyState read(String json) {
        return MAPPER.readValue(json, JourneyState.class);
    }
}
