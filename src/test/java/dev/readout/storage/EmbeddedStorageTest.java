package dev.readout.storage;

import org.springframework.boot.test.context.SpringBootTest;

/** The storage contract on the embedded server (in memory), as Readout runs by default. */
@SpringBootTest(properties = {"readout.embedded.storage=memory", "readout.samples.enabled=false",
        "readout.api-key=test-key"})
class EmbeddedStorageTest extends StorageContractTest {

    @Override
    boolean keepsSecondaryIndexes() {
        return false;
    }
}
