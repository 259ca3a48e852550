// Caption languages of the demo world. Most creators write English; creators from Germany,
// Austria, Switzerland, Spain, Mexico, Argentina, France, Belgium, Brazil and Portugal often write
// their own language and use its disclosure markers.
export const LANGUAGES = ['en', 'de', 'es', 'fr', 'pt'] as const;
export type Language = (typeof LANGUAGES)[number];
