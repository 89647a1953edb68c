/** Two servers' answers as the engine gives them (shared/words/server-answers.ts), and their English. */
import { answersValue } from '../../../shared/words/server-answers';

export const ANSWERS = answersValue([
  { name: 'ns1.example.org', address: '192.0.2.53', holds: ['198.51.100.7'] },
  { name: 'ns2.example.org', address: '2001:db8::53', holds: null, error: 'queryA ETIMEOUT home.example.org' },
]);
export const ANSWERS_EN =
  'ns1.example.org (192.0.2.53) answers 198.51.100.7; ns2.example.org (2001:db8::53): No answer in time: the service may be down, or a firewall drops the traffic';
