package com.storefront.signage.node.proof;

import com.storefront.signage.core.protocol.PlayBatch;
import com.storefront.signage.core.protocol.PlayReceipt;
import com.storefront.signage.core.protocol.PlayRecord;
import com.storefront.signage.core.protocol.ProtocolJson;
import com.storefront.signage.node.sync.ServerClient;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The receiving end of uploads for journal tests, keeping each key once as the server does; the
 * server's own behaviour is tested against it in the server module. It can refuse batches over a
 * size (413), refuse records (400 naming the index) and lose its answer after storing a batch.
 */
final class Receiver implements ProofOfPlay.PlaySender {
    final Map<String, PlayRecord> stored = new LinkedHashMap<>();
    final List<Integer> batchSizes = new ArrayList<>();
    int sends;
    int maxBodyBytes = Integer.MAX_VALUE;
    Predicate<PlayRecord> refuse = r -> false;
    boolean loseNextAnswer;
    boolean down;

    @Override
    public synchronized PlayReceipt send(PlayBatch batch) throws IOException {
        sends++;
        if (down) {
            throw new IOException("connection refused");
        }
        if (ProtocolJson.write(batch).length > maxBodyBytes) {
            throw new ServerClient.Refused(413, null, "request body is larger than the limit");
        }
        for (int i = 0; i < batch.plays().size(); i++) {
            if (refuse.test(batch.plays().get(i))) {
                throw new ServerClient.Refused(400, "plays[" + i + "].itemId", "no such item");
            }
        }
        batchSizes.add(batch.plays().size());
        int inserted = 0;
        for (PlayRecord r : batch.plays()) {
            if (stored.putIfAbsent(r.key(), r) == null) {
                inserted++;
            }
        }
        if (loseNextAnswer) {
            loseNextAnswer = false;
            throw new IOException("connection reset after the batch was stored");
        }
        return new PlayReceipt(batch.plays().size(), inserted, batch.plays().size() - inserted);
    }
}
