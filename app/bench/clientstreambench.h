#pragma once

#include <QtGlobal>

namespace nest::server {
class EmbeddedServer;
}

//! Measures the client side of the stream and prints Markdown table rows like main.cpp's:
//! the decoder alone (ns/event, simdjson vs QJsonDocument), events/s through the real
//! StreamClient into a counting sink (single events and batches of 100), and send-to-applied
//! latency p50/p99 at 10,000 events/s. Publishes on `server`'s thread itself, to control the
//! events per frame, the pacing, and a send timestamp in each event.
void runClientStreamBench(nest::server::EmbeddedServer &server, qint64 events);
