// Commands are data: everything that changes the home is one of these, passed to execute().
// Absolute values out of range are errors; relative steps ("adjust") clamp at the limits.

export type Command =
  | { entityId: string; type: 'turn_on' }
  | { entityId: string; type: 'turn_off' }
  | { entityId: string; type: 'toggle' }
  // light
  | { entityId: string; type: 'set_brightness'; brightness: number }
  | { entityId: string; type: 'adjust_brightness'; by: number }
  /** A colour name ("red", "warm white") or #rrggbb. Whites become a colour temperature. */
  | { entityId: string; type: 'set_color'; color: string }
  | { entityId: string; type: 'set_color_temp'; kelvin: number }
  // fan
  | { entityId: string; type: 'set_fan_speed'; percentage: number }
  | { entityId: string; type: 'adjust_fan_speed'; by: number }
  // cover
  | { entityId: string; type: 'open' }
  | { entityId: string; type: 'close' }
  | { entityId: string; type: 'stop' }
  | { entityId: string; type: 'set_position'; position: number }
  // lock
  | { entityId: string; type: 'lock' }
  | { entityId: string; type: 'unlock' }
  // climate (°C)
  | { entityId: string; type: 'set_temperature'; temperature: number }
  | { entityId: string; type: 'adjust_temperature'; by: number }
  | { entityId: string; type: 'set_hvac_mode'; mode: string }
  // media_player
  | { entityId: string; type: 'play' }
  | { entityId: string; type: 'pause' }
  | { entityId: string; type: 'next' }
  | { entityId: string; type: 'previous' }
  | { entityId: string; type: 'set_volume'; volume: number }
  | { entityId: string; type: 'adjust_volume'; by: number }
  | { entityId: string; type: 'mute' }
  | { entityId: string; type: 'unmute' }
  /** Play an item of the built-in catalogue by its id. */
  | { entityId: string; type: 'play_media'; mediaId: string }
  // sensors and people: how a person simulates the world from the panel
  | { entityId: string; type: 'set_value'; value: number }
  | { entityId: string; type: 'trigger' }
  | { entityId: string; type: 'clear' }
  | { entityId: string; type: 'arrive' }
  | { entityId: string; type: 'leave' };

export type CommandType = Command['type'];
