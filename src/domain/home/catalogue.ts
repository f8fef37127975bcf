// The small built-in media catalogue the simulated TVs and speakers play from. Some titles exist
// in several versions on purpose (two songs called "Wow"), so that a person can correct a choice.

export type MediaKind = 'song' | 'episode' | 'movie' | 'radio' | 'podcast';

export interface MediaItem {
  id: string;
  title: string;
  /** Artist, show or station. */
  by: string;
  kind: MediaKind;
  /** Seconds; radio streams are endless (0). */
  duration: number;
  /** Items that naturally follow (the rest of an album or season), by id. */
  album?: string;
}

const song = (
  id: string,
  title: string,
  by: string,
  duration: number,
  album?: string,
): MediaItem => ({ id, title, by, kind: 'song', duration, ...(album ? { album } : {}) });

export const CATALOGUE: readonly MediaItem[] = [
  song('song.wow_kate_bush', 'Wow', 'Kate Bush', 239, 'Lionheart'),
  song('song.wow_post_malone', 'Wow', 'Post Malone', 149),
  song('song.running_up_that_hill', 'Running Up That Hill', 'Kate Bush', 300, 'Hounds of Love'),
  song('song.hounds_of_love', 'Hounds of Love', 'Kate Bush', 182, 'Hounds of Love'),
  song('song.cloudbusting', 'Cloudbusting', 'Kate Bush', 310, 'Hounds of Love'),
  song('song.here_comes_the_sun', 'Here Comes the Sun', 'The Beatles', 185, 'Abbey Road'),
  song('song.something', 'Something', 'The Beatles', 182, 'Abbey Road'),
  song('song.come_together', 'Come Together', 'The Beatles', 259, 'Abbey Road'),
  song('song.clair_de_lune', 'Clair de Lune', 'Claude Debussy', 300, 'Suite bergamasque'),
  song('song.gymnopedie_1', 'Gymnopédie No. 1', 'Erik Satie', 210),
  song('song.so_what', 'So What', 'Miles Davis', 562, 'Kind of Blue'),
  song('song.blue_in_green', 'Blue in Green', 'Miles Davis', 337, 'Kind of Blue'),
  song('song.halo_beyonce', 'Halo', 'Beyoncé', 261),
  song('song.halo_depeche_mode', 'Halo', 'Depeche Mode', 269),
  song('song.lullaby_brahms', 'Lullaby', 'Johannes Brahms', 120),
  song('song.baby_shark', 'Baby Shark', 'Pinkfong', 80),
  {
    id: 'episode.nature_1',
    title: 'Planet of Forests',
    by: 'Wild Earth',
    kind: 'episode',
    duration: 2880,
    album: 'Wild Earth',
  },
  {
    id: 'episode.nature_2',
    title: 'Oceans Deep',
    by: 'Wild Earth',
    kind: 'episode',
    duration: 2940,
    album: 'Wild Earth',
  },
  {
    id: 'episode.nature_3',
    title: 'Mountain Kingdoms',
    by: 'Wild Earth',
    kind: 'episode',
    duration: 2820,
    album: 'Wild Earth',
  },
  {
    id: 'episode.bake_1',
    title: 'Bread Week',
    by: 'The Great Home Bake',
    kind: 'episode',
    duration: 3600,
    album: 'The Great Home Bake',
  },
  {
    id: 'episode.bake_2',
    title: 'Cake Week',
    by: 'The Great Home Bake',
    kind: 'episode',
    duration: 3600,
    album: 'The Great Home Bake',
  },
  {
    id: 'episode.cartoon_1',
    title: 'The Lost Kite',
    by: 'Paper Foxes',
    kind: 'episode',
    duration: 660,
    album: 'Paper Foxes',
  },
  {
    id: 'episode.cartoon_2',
    title: 'Rainy Day Fort',
    by: 'Paper Foxes',
    kind: 'episode',
    duration: 660,
    album: 'Paper Foxes',
  },
  { id: 'movie.star_harbour', title: 'Star Harbour', by: 'Movie', kind: 'movie', duration: 7260 },
  {
    id: 'movie.the_quiet_lighthouse',
    title: 'The Quiet Lighthouse',
    by: 'Movie',
    kind: 'movie',
    duration: 6480,
  },
  { id: 'radio.morning_news', title: 'Morning News', by: 'City Radio', kind: 'radio', duration: 0 },
  { id: 'radio.jazz_fm', title: 'Jazz FM', by: 'Jazz FM', kind: 'radio', duration: 0 },
  {
    id: 'podcast.home_tech_1',
    title: 'Smart Homes, Simple Lives',
    by: 'The Home Tech Hour',
    kind: 'podcast',
    duration: 2700,
  },
];

const byId = new Map(CATALOGUE.map((item) => [item.id, item]));

export function mediaItem(id: string | undefined): MediaItem | undefined {
  return id === undefined ? undefined : byId.get(id);
}

/** What plays after an item: the rest of its album or series, in catalogue order. */
export function followingItems(id: string): string[] {
  const item = byId.get(id);
  if (!item?.album) return [];
  const album = CATALOGUE.filter((i) => i.album === item.album);
  const at = album.findIndex((i) => i.id === id);
  return album.slice(at + 1).map((i) => i.id);
}

/** "Wow by Kate Bush", "Oceans Deep (Wild Earth)". */
export function describeMedia(item: MediaItem): string {
  return item.kind === 'song'
    ? `${item.title} by ${item.by}`
    : item.kind === 'movie'
      ? item.title
      : `${item.title} (${item.by})`;
}
