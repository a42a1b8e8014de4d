/**
 * electron-updater's real updater classes outside Electron, for tests: an AppAdapter on a temp folder
 * that looks like a release build (packaged, and no app-update.yml, as `publish: null` builds have none)
 * and an HTTP executor that refuses any host but 127.0.0.1. Installing is recorded, not run: a test sees
 * whether electron-updater itself would have started anything.
 */
import { request, type ClientRequest, type IncomingMessage, type RequestOptions } from 'node:http';
import { join } from 'node:path';
import { configureRequestOptions, configureRequestUrl, HttpExecutor, type DownloadOptions } from 'builder-util-runtime';
import type { AppAdapter } from 'electron-updater/out/AppAdapter';
import { NsisUpdater } from 'electron-updater/out/NsisUpdater';

export class LoopbackHttpExecutor extends HttpExecutor<ClientRequest> {
  readonly hosts: string[] = [];
  createRequest(options: RequestOptions, callback: (response: IncomingMessage) => void): ClientRequest {
    const host = String(options.hostname ?? options.host ?? '');
    this.hosts.push(host);
    if (host !== '127.0.0.1' || options.protocol !== 'http:')
      throw new Error(`test executor: refusing ${String(options.protocol)}//${host}`);
    // No agent from the environment's proxy settings: the request goes straight to the loopback server.
    return request({ ...options, agent: false }, callback);
  }

  /** As electron-updater's ElectronHttpExecutor.download does it, on this executor's requests. */
  download(url: URL, destination: string, options: DownloadOptions): Promise<string> {
    return options.cancellationToken.createPromise<string>((resolve, reject, onCancel) => {
      const requestOptions: RequestOptions = { headers: options.headers ?? undefined };
      configureRequestUrl(url, requestOptions);
      configureRequestOptions(requestOptions);
      this.doDownload(
        requestOptions,
        {
          destination,
          options,
          onCancel,
          callback: (error) => (error == null ? resolve(destination) : reject(error)),
          responseHandler: null,
        },
        0,
      );
    });
  }
}

export interface QuitRecorder {
  /** Quit handlers electron-updater registered through the adapter. */
  handlers: ((exitCode: number) => void)[];
  /** Files electron-updater's own install step would have run. */
  installed: (string | null)[];
}

export function releaseAppAdapter(dir: string, version: string, quit: QuitRecorder): AppAdapter {
  return {
    version,
    name: 'soan-bao-cao',
    isPackaged: true,
    // Where a release build would look: nothing is there.
    appUpdateConfigPath: join(dir, 'resources', 'app-update.yml'),
    userDataPath: join(dir, 'userData'),
    baseCachePath: join(dir, 'cache'),
    whenReady: () => Promise.resolve(),
    relaunch: () => undefined,
    quit: () => undefined,
    onQuit: (handler) => void quit.handlers.push(handler),
  };
}

/** The Windows updater with only its last step (starting the installer) replaced by a recorder. */
export class RecordingNsisUpdater extends NsisUpdater {
  constructor(
    app: AppAdapter,
    private readonly quit: QuitRecorder,
  ) {
    super(null, app);
  }
  protected override doInstall(): boolean {
    this.quit.installed.push(this.installerPath);
    return true;
  }
}

export function newQuitRecorder(): QuitRecorder {
  return { handlers: [], installed: [] };
}
