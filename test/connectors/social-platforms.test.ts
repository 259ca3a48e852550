// The social platform registry: each connector recognises its own API's responses and no other's,
// so a file given to the wrong import is named for what it is.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { platformOfPayload, SOCIAL_PLATFORMS } from '../../src/connectors/social-platforms.ts';
import { testData } from '../support/test-data.ts';

const SAMPLES = {
  instagram: [
    testData('api-instagram-graph', 'pyfacebook_discovery_user_fields.json'),
    'test/fixtures/meta/business-discovery-counts.json',
    testData('api-instagram-graph', 'airbyte_follower_demographics_city.json'),
    testData('api-instagram-graph', 'pyfacebook_discovery_medias_p1.json'),
  ],
  youtube: [
    testData('api-youtube', 'pyyoutube_channel_info_single.json'),
    testData('api-youtube', 'pyyoutube_videos_info_multi.json'),
  ],
  tiktok: [
    'test/fixtures/tiktok/user-info-basic.json',
    'test/fixtures/tiktok/user-info-full.json',
    'test/fixtures/tiktok/video-list.json',
  ],
} as const;

describe('social platform connectors', () => {
  it('are registered once each', () => {
    expect(SOCIAL_PLATFORMS.map((p) => p.platform)).toEqual(['instagram', 'youtube', 'tiktok']);
  });

  it.each(Object.entries(SAMPLES).flatMap(([platform, files]) => files.map((file) => [platform, file] as const)))(
    'a %s response is recognised as such (%s)',
    (platform, file) => {
      expect(platformOfPayload(JSON.parse(readFileSync(file, 'utf8')))).toBe(platform);
    },
  );

  it('recognise nothing in a CSV-like or foreign document', () => {
    expect(platformOfPayload({ orders: [] })).toBeUndefined();
    expect(platformOfPayload([1, 2])).toBeUndefined();
  });
});
