package org.claimscreen.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PartitionRequestTest {

    @Test
    void aRequestReadsBackAsWrittenAndIsPlainJsonOnTheQueue() {
        PartitionRequest request = new PartitionRequest(41, 4242, "screenBucket");

        byte[] body = request.toJson();

        assertThat(PartitionRequest.fromJson(body)).isEqualTo(request);
        assertThat(new String(body, StandardCharsets.UTF_8)).contains("\"step_execution_id\":4242")
                .contains("\"job_execution_id\":41").contains("\"step_name\":\"screenBucket\"");
    }

    @Test
    void aBodyThatIsNoRequestIsRefusedWithWhatItWas() {
        assertThatThrownBy(() -> PartitionRequest.fromJson("{\"step_name\":\"screenBucket\"}".getBytes()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a partition request");
        assertThatThrownBy(() -> PartitionRequest.fromJson(new byte[] {(byte) 0xAC, (byte) 0xED, 0, 5}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("not a partition request: '");
    }
}
