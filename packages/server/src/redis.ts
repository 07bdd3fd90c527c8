export { createRedisStore, type RedisCommandClient } from './createRedisStore';
