/**
 * Where the update policy files live (update-policy.ts decides what they mean): the admin file next to
 * the executable and in ProgramData (IT deploys either), the user's config in userData.
 */
import { dirname, join } from 'node:path';
import { ADMIN_POLICY_FILE, UPDATE_CONFIG_FILE } from './update-policy';

const PROGRAM_DATA_FOLDER = 'Soan Bao Cao';
const MAX_CONFIG_BYTES = 64 * 1024;

export function policyFilePaths(
  exePath: string,
  programData: string | undefined,
  userData: string,
): { admin: string[]; user: string } {
  const admin = [join(dirname(exePath), ADMIN_POLICY_FILE)];
  if (programData) admin.push(join(programData, PROGRAM_DATA_FOLDER, ADMIN_POLICY_FILE));
  return { admin, user: join(userData, UPDATE_CONFIG_FILE) };
}

/** Text of a config file, or null when it is absent, unreadable or too large (update-policy treats null as absent). */
export async function readConfigText(
  path: string,
  readFileCapped: (path: string, max: number) => Promise<Uint8Array | 'too-large'>,
): Promise<string | null> {
  try {
    const data = await readFileCapped(path, MAX_CONFIG_BYTES);
    // A huge admin file is not absent: return something unparsable so the admin policy fails closed.
    if (data === 'too-large') return '\u0000';
    return new TextDecoder().decode(data);
  } catch {
    return null;
  }
}
