package dev.readout.storage;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Testcontainers;

/** The storage contract on a real MongoDB 8; skipped where no Docker engine runs. */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(properties = {"readout.samples.enabled=false", "readout.api-key=test-key"})
class MongoContainerStorageTest extends StorageContractTest {

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        registry.add("MONGODB_URI", MongoContainers::uri);
    }

    @Override
    boolean keepsSecondaryIndexes() {
        return true;
    }
}
