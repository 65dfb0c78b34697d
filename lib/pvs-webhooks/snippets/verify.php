<?php
// Praxisbote-Webhooks prüfen – PHP 7.4+ ohne Bibliothek, nach der Standard-Webhooks-Spezifikation.
// Das Secret (whsec_…) aus dem Portal z. B. als Umgebungsvariable PRAXISBOTE_WEBHOOK_SECRET.

function praxisbote_verify(string $secret, array $headers, string $body): array
{
    $id = $headers['webhook-id'] ?? '';
    $timestamp = $headers['webhook-timestamp'] ?? '';
    // Ältere oder vordatierte Nachrichten ablehnen, damit niemand eine mitgeschnittene wiederholt.
    if ($id === '' || !preg_match('/^\d+$/', $timestamp) || abs(time() - (int) $timestamp) > 5 * 60) {
        throw new RuntimeException('webhook-id oder webhook-timestamp fehlt oder ist zu alt');
    }
    $key = base64_decode(substr($secret, strlen('whsec_')), true);
    $expected = base64_encode(hash_hmac('sha256', "$id.$timestamp.$body", $key, true));
    // Während einer Secret-Erneuerung stehen mehrere Signaturen darin, durch Leerzeichen getrennt.
    foreach (explode(' ', $headers['webhook-signature'] ?? '') as $signature) {
        [$version, $value] = array_pad(explode(',', $signature, 2), 2, '');
        if ($version === 'v1' && hash_equals($expected, $value)) {
            return json_decode($body, true, 512, JSON_THROW_ON_ERROR);
        }
    }
    throw new RuntimeException('Signatur ungültig');
}

// Den Text prüfen, wie er ankam – nicht neu erzeugtes JSON.
$body = file_get_contents('php://input');
$headers = array_change_key_case(getallheaders(), CASE_LOWER);
try {
    $event = praxisbote_verify(getenv('PRAXISBOTE_WEBHOOK_SECRET'), $headers, $body);
} catch (Throwable $error) {
    http_response_code(400);
    exit;
}
// Schnell mit 2xx antworten; Wiederholungen an webhook-id erkennen (in Ihrer Datenbank eindeutig speichern).
http_response_code(204);
error_log($event['type'] . ' ' . json_encode($event['data']));
