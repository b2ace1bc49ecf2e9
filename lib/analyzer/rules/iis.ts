import type { Facts } from '@/machines/facts';
import type { Rule } from '../rule';
import { headerPattern, header, RESPONDER, WEIGHT } from '../rule';

/**
 * IIS, with Application Request Routing (ARR) as a reverse proxy or the ASP.NET Core Module in front
 * of a .NET app. Its error pages name a sub-status (502.3, 502.5) and, for ARR, the WinHTTP error
 * code that says why the hand-off failed.
 */

const ARR =
  'https://learn.microsoft.com/en-us/iis/extensions/troubleshooting-application-request-routing/troubleshooting-502-errors-in-arr';
const ANCM = 'https://learn.microsoft.com/en-us/aspnet/core/test/troubleshoot-azure-iis';
const SUBSTATUS = 'https://learn.microsoft.com/en-us/troubleshoot/developer/webapps/iis/www-administration-management/http-status-code';

const iis = { layer: 'reverse-proxy', vendor: 'iis' } as const;

type WinHttp = { code: string; name: string; meaning: string; facts: Facts };

const WINHTTP: WinHttp[] = [
  {
    code: '80072efd',
    name: 'ERROR_WINHTTP_CANNOT_CONNECT',
    meaning: 'ARR could not connect to the backend server',
    facts: { logSignal: 'connection-refused' },
  },
  {
    code: '80072ee2',
    name: 'ERROR_WINHTTP_TIMEOUT',
    meaning: 'the backend did not answer within the ARR proxy timeout',
    facts: { logSignal: 'timed-out' },
  },
  {
    code: '80072efe',
    name: 'ERROR_WINHTTP_CONNECTION_ERROR',
    meaning: 'the connection to the backend was terminated abnormally',
    facts: { logSignal: 'prematurely-closed' },
  },
  {
    code: '80072f78',
    name: 'ERROR_WINHTTP_INVALID_SERVER_RESPONSE',
    meaning: "the backend's response could not be parsed",
    facts: { logSignal: 'invalid-response' },
  },
  {
    code: '80072f8f',
    name: 'ERROR_WINHTTP_SECURE_FAILURE',
    meaning: 'the TLS connection to the backend failed (certificate or protocol)',
    facts: { logSignal: 'ssl-handshake' },
  },
  {
    code: '80072ee7',
    name: 'ERROR_WINHTTP_NAME_NOT_RESOLVED',
    meaning: "the backend's name could not be resolved",
    facts: { logSignal: 'host-not-found', dns: 'no-answer' },
  },
];

const winHttpRules: Rule[] = WINHTTP.map(({ code, name, meaning, facts }) => ({
  ...iis,
  id: `iis.arr-${code}`,
  anchors: [`0x${code}`],
  pattern: new RegExp(`0x${code}\\b`, 'i'),
  meaning: `IIS ARR error 0x${code} (${name}): ${meaning}.`,
  responder: RESPONDER.page,
  weight: WEIGHT.errorLog,
  facts: { proxy: 'iis', ...facts },
  source: ARR,
}));

export const iisRules: Rule[] = [
  ...winHttpRules,
  {
    ...iis,
    id: 'iis.502-page',
    anchors: ['Web server received an invalid response while acting as a gateway or proxy'],
    pattern: /Web server received an invalid response while acting as a gateway or proxy/,
    meaning:
      "IIS's own 502 page: IIS (with ARR or the ASP.NET Core Module) could not get a usable answer from the app or server behind it.",
    responder: RESPONDER.page,
    weight: WEIGHT.page,
    facts: { proxy: 'iis', statusCode: '502' },
    source: SUBSTATUS,
  },
  {
    ...iis,
    id: 'iis.502-3',
    anchors: ['502.3', 'Forwarder Connection Error'],
    pattern: /HTTP Error 502\.3|Bad Gateway: Forwarder Connection Error \(ARR\)|\b502\.3\b/,
    meaning:
      'IIS 502.3: the forwarder (ARR, or the ASP.NET Core Module) lost the connection to the backend or timed out; the error code on the page says which.',
    responder: RESPONDER.page,
    weight: WEIGHT.page,
    facts: { proxy: 'iis', statusCode: '502' },
    source: ARR,
  },
  {
    ...iis,
    id: 'iis.502-5',
    anchors: ['502.5'],
    pattern: /HTTP Error 502\.5|502\.5 - (?:Process Failure|ANCM Out-Of-Process Startup Failure)/,
    meaning:
      'IIS 502.5: the ASP.NET Core app failed to start (wrong runtime, missing files, or it crashes at startup). Run it by hand on the server, or read its stdout log, to see why.',
    responder: RESPONDER.page,
    weight: WEIGHT.page,
    facts: { proxy: 'iis', runtime: 'dotnet', statusCode: '502' },
    source: ANCM,
  },
  {
    ...iis,
    id: 'iis.server-header',
    anchors: [header('server')],
    pattern: headerPattern('server', 'Microsoft-IIS/[\\d.]+'),
    meaning: 'The response came through IIS (server: Microsoft-IIS).',
    responder: RESPONDER.serverHeader,
    weight: WEIGHT.header,
    facts: { proxy: 'iis' },
    source: SUBSTATUS,
  },
];
