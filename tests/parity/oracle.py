"""The seed's url() (Python imagekitio 4.2.0) as one long-lived process for tests/parity/parity.mjs.

Reads one JSON object per line: {"options": {...}, "now": <seconds>} (options already in the seed's own terms,
see seedOptions in parity.mjs) and writes one line back: {"ok": url} or {"err": "<exception class>: message"}.
The clock the SDK reads for expiring signatures is fixed to "now", as the JS side fixes Date.now().
"""
import json
import sys

import imagekitio.url as seed_url
from imagekitio import ImageKit

NOW = [0]


class FixedClock:
    """Stands in for datetime in imagekitio.url: only now().timestamp() is used there."""

    @staticmethod
    def now():
        class Stamp:
            @staticmethod
            def timestamp():
                return float(NOW[0])

        return Stamp()


seed_url.dt = FixedClock
CLIENTS = {}


def client(private_key, endpoint, position):
    key = (private_key, endpoint, position)
    if key not in CLIENTS:
        CLIENTS[key] = ImageKit(
            private_key=private_key,
            public_key="public_key_test",
            url_endpoint=endpoint,
            transformation_position=position,
        )
    return CLIENTS[key]


def main():
    for line in sys.stdin:
        req = json.loads(line)
        NOW[0] = req["now"]
        try:
            ik = client(req["privateKey"], req["urlEndpoint"], req.get("position", "path"))
            out = {"ok": ik.url(req["options"])}
        except Exception as e:  # the mirror failing is an answer too: the harness counts it
            out = {"err": type(e).__name__ + ": " + str(e)}
        sys.stdout.write(json.dumps(out) + "\n")
        sys.stdout.flush()


main()
