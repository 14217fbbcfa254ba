package dev.annex.host.branding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BrandRulesTest {

    @Test
    void theAccentsContrastWithWhiteIsWcagsRatio() {
        assertEquals(1.0, Brands.contrastWithWhite("#ffffff"), 1e-9);
        assertEquals(21.0, Brands.contrastWithWhite("#000000"), 1e-9);
        assertEquals(4.54, Brands.contrastWithWhite("#767676"), 0.01, "the lightest grey that passes AA");
        assertTrue(Brands.contrastWithWhite("#0b6e4f") >= Brands.MIN_CONTRAST_WITH_WHITE);
        assertTrue(Brands.contrastWithWhite("#ffff00") < Brands.MIN_CONTRAST_WITH_WHITE);
    }

    @Test
    void anImageIsWhatItsFirstBytesSayOnlyForTypesThatRunNothing() {
        assertEquals(Optional.of("image/png"), ImageTypes.of(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0}));
        assertEquals(Optional.of("image/jpeg"), ImageTypes.of(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0}));
        assertEquals(Optional.of("image/webp"), ImageTypes.of("RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1)));
        assertEquals(Optional.empty(), ImageTypes.of("<svg xmlns='http://www.w3.org/2000/svg'/>".getBytes(StandardCharsets.UTF_8)));
        assertEquals(Optional.empty(), ImageTypes.of("GIF89a".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(Optional.empty(), ImageTypes.of(new byte[] {(byte) 0x89, 'P'}));
    }
}
