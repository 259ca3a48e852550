// The columns (CSV) or keys (JSON) of a follower / commenter profile list, and the names other
// tools and scrapers give them. Names are compared as lower-case words joined by "_", so
// "Followers Count", "followers_count" and "followersCount" all match.

export type ProfileField =
  | 'handle'
  | 'followers'
  | 'following'
  | 'posts'
  | 'has_profile_picture'
  | 'profile_picture_url'
  | 'is_private'
  | 'bio'
  | 'bio_length'
  | 'full_name';

const NAMES: Record<ProfileField, string[]> = {
  handle: ['handle', 'username', 'user_name', 'user', 'account', 'profile', 'profile_url', 'instagram', 'login'],
  followers: ['followers', 'followers_count', 'follower_count', 'edge_followed_by', 'user_follower_count', 'nfollower'],
  following: [
    'following',
    'following_count',
    'follows',
    'follows_count',
    'followees',
    'edge_follow',
    'user_following_count',
    'nfollowing',
  ],
  posts: ['posts', 'posts_count', 'post_count', 'media_count', 'media', 'user_media_count', 'nmedia'],
  has_profile_picture: [
    'has_profile_picture',
    'has_profile_pic',
    'profile_pic',
    'profile_picture',
    'user_has_profil_pic',
    'user_has_profile_pic',
  ],
  profile_picture_url: ['profile_picture_url', 'profile_pic_url', 'profile_pic_url_hd', 'avatar', 'avatar_url'],
  is_private: ['is_private', 'private', 'private_account', 'user_is_private'],
  bio: ['bio', 'biography', 'description'],
  bio_length: ['bio_length', 'biography_length', 'user_biography_length', 'description_length'],
  full_name: ['full_name', 'fullname', 'name', 'display_name'],
};

const LOOKUP = new Map(Object.entries(NAMES).flatMap(([field, names]) => names.map((n) => [n, field as ProfileField])));

/** Comparison form of a column name: camelCase split, lower case, words joined by "_". */
const nameKey = (name: string) =>
  name
    .normalize('NFKC')
    .replace(/([a-z])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .join('_');

/** The field a column or key names, or undefined when it is none of ours. */
export const profileFieldOf = (name: string): ProfileField | undefined => LOOKUP.get(nameKey(name));

export const HANDLE_NAMES = NAMES.handle;
