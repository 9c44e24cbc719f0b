/* The libxlsxwriter producer of the matrix (scripts/producers.py): writes
 * the ledger given as a cells file as .xlsx with libxlsxwriter, the C
 * library behind many C/C++ exporters.
 *
 *   cc producer.c -o producer -lxlsxwriter && ./producer CELLS OUT
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <xlsxwriter.h>

#define MAX_SHEETS 64

static void unescape(char *s) {
    char *w = s;
    for (char *r = s; *r; r++) {
        if (*r == '\\' && r[1]) {
            r++;
            *w++ = *r == 't' ? '\t' : *r == 'n' ? '\n' : *r == 'r' ? '\r' : *r;
        } else {
            *w++ = *r;
        }
    }
    *w = 0;
}

int main(int argc, char **argv) {
    if (argc != 3) {
        fprintf(stderr, "usage: producer CELLS OUT\n");
        return 2;
    }
    FILE *in = fopen(argv[1], "r");
    if (!in) {
        perror(argv[1]);
        return 1;
    }
    lxw_workbook *wb = workbook_new(argv[2]);
    lxw_format *dates = workbook_add_format(wb);
    format_set_num_format(dates, "yyyy-mm-dd");
    lxw_worksheet *sheets[MAX_SHEETS];
    int nsheets = 0;
    static char line[1 << 20];
    while (fgets(line, sizeof line, in)) {
        line[strcspn(line, "\n")] = 0;
        char *f[6] = {0};
        int n = 0;
        for (char *p = line; n < 6; n++) {
            f[n] = p;
            char *tab = strchr(p, '\t');
            if (!tab) {
                n++;
                break;
            }
            *tab = 0;
            p = tab + 1;
        }
        if (strcmp(f[0], "S") == 0 && n >= 3) {
            unescape(f[2]);
            if (nsheets == MAX_SHEETS) return 1;
            sheets[nsheets++] = workbook_add_worksheet(wb, f[2]);
            continue;
        }
        if (n < 6) return 1;
        lxw_worksheet *ws = sheets[atoi(f[1])];
        lxw_row_t row = (lxw_row_t)atoi(f[2]);
        lxw_col_t col = (lxw_col_t)atoi(f[3]);
        char *v = f[5];
        unescape(v);
        switch (f[4][0]) {
        case 's': worksheet_write_string(ws, row, col, v, NULL); break;
        case 'n': worksheet_write_number(ws, row, col, strtod(v, NULL), NULL); break;
        case 'b': worksheet_write_boolean(ws, row, col, strcmp(v, "1") == 0, NULL); break;
        case 'd': {
            lxw_datetime d = {0};
            sscanf(v, "%d-%d-%d", &d.year, &d.month, &d.day);
            worksheet_write_datetime(ws, row, col, &d, dates);
            break;
        }
        default: return 1;
        }
    }
    fclose(in);
    return workbook_close(wb) == LXW_NO_ERROR ? 0 : 1;
}
