namespace Safeguarding.Domain.Internal;

/// <summary>Finds the first byte that breaks UTF-8, the same way on every target framework.</summary>
internal static class Utf8Validation
{
    /// <summary>Whether the whole span is valid UTF-8 (vectorised on .NET 8 and later).</summary>
    public static bool IsValid(ReadOnlySpan<byte> bytes)
    {
#if NET8_0_OR_GREATER
        return System.Text.Unicode.Utf8.IsValid(bytes);
#else
        return FirstInvalidByte(bytes) < 0;
#endif
    }

    /// <summary>Returns the offset of the first invalid byte, or -1 when the whole span is valid UTF-8.</summary>
    public static int FirstInvalidByte(ReadOnlySpan<byte> bytes)
    {
        int i = 0;
        while (i < bytes.Length)
        {
            byte b = bytes[i];
            if (b < 0x80)
            {
                i++;
                continue;
            }

            int extra;
            int min;
            if ((b & 0xE0) == 0xC0)
            {
                extra = 1;
                min = 0x80;
            }
            else if ((b & 0xF0) == 0xE0)
            {
                extra = 2;
                min = 0x800;
            }
            else if ((b & 0xF8) == 0xF0)
            {
                extra = 3;
                min = 0x10000;
            }
            else
            {
                return i;
            }

            if (i + extra >= bytes.Length)
            {
                return i;
            }

            int code = b & (0x3F >> extra);
            for (int k = 1; k <= extra; k++)
            {
                byte c = bytes[i + k];
                if ((c & 0xC0) != 0x80)
                {
                    return i;
                }

                code = (code << 6) | (c & 0x3F);
            }

            if (code < min || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            {
                return i;
            }

            i += extra + 1;
        }

        return -1;
    }
}
